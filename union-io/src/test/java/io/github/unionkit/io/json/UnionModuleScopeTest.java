package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * UnionModule, installed in a host application's mapper (as Spring Boot installs it through
 * {@code findAndAddModules()}), changes nothing outside UnionKit's own types (decision 0027).
 */
class UnionModuleScopeTest {

    static {
        // The host bean lives in this test package, inside module io.github.unionkit.io; a host's own
        // package would be open to Jackson, so open this one for the test.
        ModuleLayer.boot().findModule("tools.jackson.databind").ifPresent(jackson ->
                UnionModuleScopeTest.class.getModule().addOpens(UnionModuleScopeTest.class.getPackageName(), jackson));
    }

    /** A host application's own bean, with its own date formats, next to a UnionKit value. */
    public static final class Invoice {
        @JsonFormat(pattern = "dd.MM.yyyy")
        public LocalDate issued;
        @JsonFormat(pattern = "MM/yyyy")
        public YearMonth period;
        public Year year;
        public DecreeNumber decree;
    }

    private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();
    private static final JsonMapper HOST_WITHOUT_UNIONKIT = JsonMapper.builder().build();

    @Test
    void theHostMapperHasUnionKitsModule() {
        assertThat(HOST.registeredModules()).anyMatch(m -> m instanceof UnionModule);
    }

    @Test
    void theHostsDateFormatsAreKept() {
        Invoice invoice = new Invoice();
        invoice.issued = LocalDate.of(2020, 12, 18);
        invoice.period = YearMonth.of(2021, 1);
        invoice.year = Year.of(2021);
        invoice.decree = DecreeNumber.parse("№ 3-1");

        String json = HOST.writeValueAsString(invoice);

        assertThat(json).contains("\"issued\":\"18.12.2020\"", "\"period\":\"01/2021\"", "\"decree\":\"3-1\"");
        String withoutUnionKit = HOST_WITHOUT_UNIONKIT.writeValueAsString(withoutDecree(invoice));
        assertThat(HOST.writeValueAsString(withoutDecree(invoice))).isEqualTo(withoutUnionKit);

        Invoice back = HOST.readValue("{\"issued\":\"18.12.2020\",\"period\":\"01/2021\",\"year\":2021,"
                + "\"decree\":\"3-1\"}", Invoice.class);
        assertThat(back.issued).isEqualTo(LocalDate.of(2020, 12, 18));
        assertThat(back.period).isEqualTo(YearMonth.of(2021, 1));
        assertThat(back.decree).isEqualTo(DecreeNumber.parse("3-1"));
    }

    @Test
    void topLevelDatesAreTheHostsToo() {
        assertThat(HOST.writeValueAsString(LocalDate.of(2020, 12, 18)))
                .isEqualTo(HOST_WITHOUT_UNIONKIT.writeValueAsString(LocalDate.of(2020, 12, 18)));
        assertThat(HOST.readValue("\"2020-12-18\"", LocalDate.class)).isEqualTo(LocalDate.of(2020, 12, 18));
    }

    @Test
    void unionKitValuesComeOutOfTheHostMapperAsOutOfUnionJson() {
        Resolution seed = SeedResolutions.astrakhan3of1();
        assertThat(HOST.writeValueAsString(seed)).isEqualTo(UnionJson.mapper().writeValueAsString(seed));
        assertThat(HOST.readValue(UnionJson.mapper().writeValueAsString(seed), Resolution.class)).isEqualTo(seed);
    }

    /** A type UnionKit has no codec for and Jackson sees no property of. */
    public static final class Opaque {
        private final String value = "x";

        public String value() {
            return value;
        }
    }

    /** A record of a UnionKit package without a codec: Jackson would write its components by reflection. */
    public record OpaqueRecord(String value) {
    }

    @Test
    void aUnionKitRecordWithoutACodecIsRefusedNotWrittenByReflection() {
        assertThatThrownBy(() -> UnionJson.mapper().writeValueAsString(new OpaqueRecord("x")))
                .isInstanceOfSatisfying(UnwritableTypeException.class,
                        e -> assertThat(e.type()).isEqualTo(OpaqueRecord.class));
        assertThatThrownBy(() -> HOST.writeValueAsString(new OpaqueRecord("x")))
                .isInstanceOf(UnwritableTypeException.class);
    }

    @Test
    void unionJsonFailsOnATypeItCannotWriteInsteadOfWritingAnEmptyObject() {
        // Opaque is in a UnionKit package: refused by UnionModule's guard, also on a host's mapper.
        assertThatThrownBy(() -> UnionJson.mapper().writeValueAsString(new Opaque()))
                .isInstanceOfSatisfying(UnwritableTypeException.class, e -> assertThat(e.type()).isEqualTo(Opaque.class));
        assertThatThrownBy(() -> HOST.writeValueAsString(new Opaque())).isInstanceOf(UnwritableTypeException.class);
        assertThatThrownBy(() -> UnionJson.toDocument(new Opaque())).isInstanceOf(UnwritableTypeException.class);
        // A host type without properties: Jackson's own failure on UnionKit's mapper, typed by toDocument.
        assertThatThrownBy(() -> UnionJson.mapper().writeValueAsString(new Object()))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> UnionJson.toDocument(new Object()))
                .isInstanceOfSatisfying(UnwritableTypeException.class, e -> assertThat(e.type()).isEqualTo(Object.class));
        // A host bean in a UnionKit package (Invoice, public fields) is still written by Jackson; a host
        // record outside UnionKit is written by Boot's mapper in union-spring-boot-starter's tests.
        assertThat(HOST.writeValueAsString(new Invoice())).isEqualTo(HOST_WITHOUT_UNIONKIT.writeValueAsString(new Invoice()));
    }

    private static Invoice withoutDecree(Invoice invoice) {
        Invoice copy = new Invoice();
        copy.issued = invoice.issued;
        copy.period = invoice.period;
        copy.year = invoice.year;
        return copy;
    }
}
