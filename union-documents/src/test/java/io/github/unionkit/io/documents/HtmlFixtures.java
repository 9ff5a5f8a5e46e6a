package io.github.unionkit.io.documents;

import java.nio.charset.StandardCharsets;

/**
 * Builds web pages for the tests: a union site's page with a menu, a header, a sidebar, a footer, a
 * script and a style around the decree's content.
 */
public final class HtmlFixtures {

    private HtmlFixtures() {
    }

    /**
     * Wraps content in a site page.
     *
     * @param content the decree's HTML
     * @param container "main", "article" or "div" (a page without either, where the reader must guess)
     * @return the page's bytes, UTF-8
     */
    public static byte[] page(String content, String container) {
        String html = "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Постановление</title>"
                + "<style>body { font: 12px serif; }</style><script>var menu = 'Главная';</script></head><body>"
                + "<header><div class=\"logo\">Профсоюз образования</div></header>"
                + "<nav><ul><li><a href=\"/\">Главная</a></li><li><a href=\"/news\">Новости</a></li>"
                + "<li><a href=\"/docs\">Документы</a></li></ul></nav>"
                + "<div class=\"wrap\"><aside><h3>Последние новости</h3><p>Пленум прошёл 1 марта</p></aside>"
                + "<" + container + " class=\"content\">" + content + "</" + container + "></div>"
                + "<footer><p>© 2021 Областная организация Профсоюза</p><p>Опубликовано 12.03.2021</p></footer>"
                + "<script>track();</script></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a decree's text as a site page: each line a paragraph (entities escaped), inside
     * {@code <article>}.
     *
     * @param text the decree's text
     * @return the page
     */
    public static byte[] fromText(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        StringBuilder content = new StringBuilder();
        for (String line : body.split("\r\n|\n", -1)) {
            content.append("<p>").append(escape(line)).append("</p>\n");
        }
        return page(content.toString(), "article");
    }

    /** Escapes as a site's editor does, quotes and the no-break space as named entities. */
    static String escape(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("«", "&laquo;")
                .replace("»", "&raquo;").replace("\u00A0", "&nbsp;").replace("\t", "&emsp;");
    }
}
