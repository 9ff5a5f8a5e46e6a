package io.github.unionkit.io.documents.internal;

import io.github.unionkit.model.error.Detail;
import io.github.unionkit.io.documents.DocumentFormat;
import io.github.unionkit.io.documents.DocumentReadOptions;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.text.DecreeBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a decree from a web page with jsoup: scripts, styles, navigation, menus, page headers, footers
 * and asides removed; the content taken from {@code <main>}, else the {@code <article>} with the most
 * text, else the block with the most paragraph text (with a warning); block elements and {@code <br>}
 * as line breaks, entities decoded by the HTML parser; a plan table read as a {@code PlanTable}. Every
 * block is one source unit.
 */
public final class HtmlExtractor {

    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " iframe, svg, menu, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "blockquote", "pre", "dd", "dt", "dl",
            "center", "address", "figure", "figcaption", "hr", "tbody", "thead");

    private HtmlExtractor() {
    }

    /**
     * Reads a web page.
     *
     * @param bytes the file (UTF-8 or Windows-1251, as {@link DecreeBytes} decodes it)
     * @param options the caps
     * @return the text
     */
    public static DocumentText extract(byte[] bytes, DocumentReadOptions options) {
        Document page = Jsoup.parse(DecreeBytes.decode(bytes));
        page.select(FURNITURE).remove();
        TextSink sink = new TextSink(DocumentFormat.HTML, options.maxChars());
        Element content = content(page, sink);
        new Writer(sink).write(content);
        return sink.finish();
    }

    private static Element content(Document page, TextSink sink) {
        Element main = page.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        Optional<Element> article = richest(page.select("article"));
        if (article.isPresent()) {
            return article.get();
        }
        Optional<Element> block = richest(page.select("div, section, td"));
        if (block.isPresent() && score(block.get()) > 0) {
            sink.warn(new DocumentWarning(DocumentWarning.Code.CONTENT_GUESSED, 0, Detail.none()));
            return block.get();
        }
        return page.body();
    }

    private static Optional<Element> richest(Elements candidates) {
        Element best = null;
        int bestScore = -1;
        for (Element e : candidates) {
            int s = score(e);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The text a block holds itself: its own text and its paragraphs', not its nested blocks'. */
    private static int score(Element e) {
        int s = e.ownText().length();
        for (Element child : e.children()) {
            String tag = child.normalName();
            if (tag.equals("p") || tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6' || tag.equals("ol") || tag.equals("ul") || tag.equals("br")
                    || tag.equals("span") || tag.equals("b") || tag.equals("strong") || tag.equals("table")) {
                s += child.text().length();
            }
        }
        return s;
    }

    /** Walks the content, one line per block. */
    private static final class Writer implements NodeFilter {

        private final TextSink sink;
        private final StringBuilder line = new StringBuilder();
        private boolean unitOpen;
        private int paragraphStart = -1;

        Writer(TextSink sink) {
            this.sink = sink;
        }

        void write(Element content) {
            NodeTraversor.filter(this, content);
            flush();
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode) {
                if (!unitOpen) {
                    sink.beginUnit();
                    unitOpen = true;
                }
                line.append(((TextNode) node).text());
            } else if (node instanceof Element) {
                Element e = (Element) node;
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flushLine();
                } else if (tag.equals("table") && plan(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                } else if (BREAKS.contains(tag)) {
                    flush();
                    if (tag.equals("p")) {
                        paragraphStart = sink.lineCount();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element && BREAKS.contains(((Element) node).normalName())) {
                flush();
                if (((Element) node).normalName().equals("p") && sink.lineCount() == paragraphStart) {
                    // An empty paragraph (<p>&nbsp;</p>) is how editors write a blank line.
                    sink.beginUnit();
                    sink.line("");
                }
            }
            return FilterResult.CONTINUE;
        }

        private boolean plan(Element table) {
            Elements rows = table.select("tr");
            if (rows.isEmpty()) {
                return false;
            }
            Optional<PlanTables.Columns> columns = PlanTables.columns(cells(rows.get(0)));
            if (columns.isEmpty()) {
                return false;
            }
            flush();
            int header = sink.beginUnit();
            List<PlanTables.Row> body = new ArrayList<>();
            for (Element row : rows.subList(1, rows.size())) {
                body.add(new PlanTables.Row(cells(row), sink.beginUnit()));
            }
            PlanTables.read(columns.get(), body, header, sink).ifPresent(sink::plan);
            return true;
        }

        private static List<String> cells(Element row) {
            List<String> out = new ArrayList<>();
            for (Element cell : row.select("> td, > th")) {
                out.add(cell.wholeText());
            }
            return out;
        }

        private void flushLine() {
            String text = PlanTables.normalize(line.toString());
            line.setLength(0);
            if (!text.isEmpty()) {
                if (!unitOpen) {
                    sink.beginUnit();
                    unitOpen = true;
                }
                sink.line(text);
            }
        }

        private void flush() {
            flushLine();
            unitOpen = false;
        }
    }
}
