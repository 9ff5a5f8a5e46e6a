module io.github.unionkit.rules { requires transitive io.github.unionkit.model; requires org.slf4j; requires static org.hibernate.validator; requires static jakarta.validation; }
