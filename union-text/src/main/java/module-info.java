/**
 * UnionKit's Russian decree text: deadline phrases ({@code RussianDeadlines}), references to other
 * decrees ({@code DecreeReferences}), the whole-decree parser ({@code DecreeTextParser}) and the
 * renderer back to Russian. Depends on the model only: no JSON, no rules, nothing third-party beyond
 * ThreeTen-Extra.
 */
module io.github.unionkit.text {
    requires transitive io.github.unionkit.model;

    exports io.github.unionkit.io.text;
}
