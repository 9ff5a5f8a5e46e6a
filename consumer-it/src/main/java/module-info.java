/**
 * A user's module that embeds UnionKit: it requires the published modules by name and finds the
 * Jackson module of UnionKit through the service loader, as an application on the module path would.
 */
module io.github.unionkit.consumer {
    requires io.github.unionkit.text;
    requires io.github.unionkit.documents;
    requires io.github.unionkit.io;
    requires io.github.unionkit.testkit;
    requires tools.jackson.databind;

    uses tools.jackson.databind.JacksonModule;
}
