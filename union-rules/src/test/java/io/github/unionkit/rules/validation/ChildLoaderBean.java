package io.github.unionkit.rules.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Another system's bean, top-level so that {@link UnionValidatorTest} can load it through a child class
 * loader of its own (a nested class would need its host from the parent loader).
 */
public final class ChildLoaderBean {

    private final String title;

    /**
     * Creates the bean.
     *
     * @param title the title, checked by {@code @NotBlank @Size(max = 20)}
     */
    public ChildLoaderBean(String title) {
        this.title = title;
    }

    /** @return the title */
    @NotBlank
    @Size(max = 20)
    public String title() {
        return title;
    }
}
