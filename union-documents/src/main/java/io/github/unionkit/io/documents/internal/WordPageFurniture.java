package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.model.error.Detail;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * The page headers and footers of a Word file, which {@link DocxExtractor} does not read into the decree
 * text (they repeat on every page, like a PDF's running headers) but never drops silently: each
 * non-empty header or footer part (default, first-page and even-page, of every section) gives one
 * {@link DocumentWarning.Code#PAGE_FURNITURE_REMOVED} warning, without its text (a letterhead or a
 * person's name is personal data as often as not).
 *
 * <p>The warning points at the first paragraph of the section whose properties refer to the part — unit 0
 * in the usual one-section decree, where the header stands above the first paragraph — and is
 * recorded just before that paragraph's own warnings, so warnings stay in document order: per section
 * the headers, then the footers, each default, first-page, even-page. A part no section refers to (Word
 * never shows it) points at unit 0 after all others.
 *
 * <p>A part with no text but whitespace says nothing and gives no warning; a part whose only letters
 * and digits are the results of page fields ({@code PAGE}, {@code NUMPAGES}, {@code SECTIONPAGES}) is a
 * page number and says so in the detail; anything else (a typed «Страница» beside the field too) is a
 * header or footer. One per read; not thread-safe.
 */
final class WordPageFurniture {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName INSTR = new QName(W, "instr");
    private static final QName FLD_CHAR_TYPE = new QName(W, "fldCharType");
    private static final Set<String> PAGE_FIELDS = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES");

    /** What a header or footer part holds, for its warning. */
    enum Content {
        /** Nothing but whitespace (or no text at all: an image, an empty paragraph). */
        EMPTY,
        /** Only page fields' results, with punctuation or spaces around them («- 2 -»). */
        PAGE_NUMBER,
        /** Text: a letterhead, a name, a typed label. */
        TEXT
    }

    /** A section: the index of its first body element, and its properties (with the part references). */
    private record Section(int firstElement, CTSectPr properties) {
    }

    private final XWPFDocument document;
    private final List<Section> sections;
    private final Set<POIXMLDocumentPart> warned = Collections.newSetFromMap(new IdentityHashMap<>());
    private int next;

    private WordPageFurniture(XWPFDocument document, List<Section> sections) {
        this.document = document;
        this.sections = sections;
    }

    /**
     * Finds the sections of a document: each ends with a paragraph holding section properties, the last
     * one with the body's own.
     *
     * @param document the document
     * @param elements its body elements, as the extractor walks them
     * @return the furniture of the document, no warning recorded yet
     */
    static WordPageFurniture of(XWPFDocument document, List<IBodyElement> elements) {
        List<Section> sections = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof XWPFParagraph) {
                CTPPr properties = ((XWPFParagraph) elements.get(i)).getCTP().getPPr();
                if (properties != null && properties.isSetSectPr()) {
                    sections.add(new Section(first, properties.getSectPr()));
                    first = i + 1;
                }
            }
        }
        CTBody body = document.getDocument().getBody();
        if (body != null && body.isSetSectPr()) {
            sections.add(new Section(first, body.getSectPr()));
        }
        return new WordPageFurniture(document, sections);
    }

    /**
     * Records the warnings of the sections that start at a body element, pointing at the next unit.
     *
     * @param element the index of the body element about to be read
     * @param sink where the warnings go
     */
    void before(int element, TextSink sink) {
        while (next < sections.size() && sections.get(next).firstElement() <= element) {
            warn(sections.get(next++).properties(), sink.nextUnit(), sink);
        }
    }

    /**
     * Records the warnings left: sections without a body element of their own (they point at the last
     * unit, so no warning points past the text) and parts no section refers to (unit 0).
     *
     * @param sink where the warnings go
     */
    void finish(TextSink sink) {
        int last = Math.max(0, sink.nextUnit() - 1);
        while (next < sections.size()) {
            warn(sections.get(next++).properties(), last, sink);
        }
        for (XWPFHeader header : document.getHeaderList()) {
            warn(header, true, 0, sink);
        }
        for (XWPFFooter footer : document.getFooterList()) {
            warn(footer, false, 0, sink);
        }
    }

    private void warn(CTSectPr properties, int unit, TextSink sink) {
        for (CTHdrFtrRef ref : inOrder(properties.getHeaderReferenceList())) {
            if (ref.getId() != null && document.getRelationById(ref.getId()) instanceof XWPFHeader) {
                warn((XWPFHeader) document.getRelationById(ref.getId()), true, unit, sink);
            }
        }
        for (CTHdrFtrRef ref : inOrder(properties.getFooterReferenceList())) {
            if (ref.getId() != null && document.getRelationById(ref.getId()) instanceof XWPFFooter) {
                warn((XWPFFooter) document.getRelationById(ref.getId()), false, unit, sink);
            }
        }
    }

    /** A part referred to twice (two sections sharing it, or a section and the orphan pass) warns once. */
    private void warn(XWPFHeaderFooter part, boolean header, int unit, TextSink sink) {
        if (!warned.add(part)) {
            return;
        }
        Content content = content(part);
        if (content != Content.EMPTY) {
            Detail detail = content == Content.PAGE_NUMBER ? DocumentDetails.wordPageNumber()
                    : header ? DocumentDetails.wordHeader() : DocumentDetails.wordFooter();
            sink.warn(new DocumentWarning(DocumentWarning.Code.PAGE_FURNITURE_REMOVED, unit, detail));
        }
    }

    /** Word writes the references in its own order (even, default, first); a reader expects default first. */
    private static List<CTHdrFtrRef> inOrder(List<CTHdrFtrRef> refs) {
        List<CTHdrFtrRef> sorted = new ArrayList<>(refs);
        sorted.sort(Comparator.comparingInt(WordPageFurniture::rank));
        return sorted;
    }

    private static int rank(CTHdrFtrRef ref) {
        STHdrFtr.Enum type = ref.getType();
        return type == STHdrFtr.FIRST ? 1 : type == STHdrFtr.EVEN ? 2 : 0;
    }

    /**
     * Tells what a header or footer part holds, walking its XML token by token (no recursion, so a deeply
     * nested hostile part cannot overflow the stack) to see text POI's own getText leaves out: text boxes,
     * content controls, nested tables.
     *
     * @param part the part
     * @return what it holds
     */
    static Content content(XWPFHeaderFooter part) {
        boolean pageNumber = false;
        boolean other = false;
        // Complex fields (begin, instruction, separate, result, end) nest; each entry is one open field.
        Deque<StringBuilder> instructions = new ArrayDeque<>();
        Deque<Boolean> inResult = new ArrayDeque<>();
        int depth = 0;
        int pageSimpleField = -1;
        try (XmlCursor cursor = part._getHdrFtr().newCursor()) {
            XmlCursor.TokenType token = cursor.currentTokenType();
            while (!token.isNone() && !token.isEnddoc()) {
                if (token.isStart()) {
                    depth++;
                    QName name = cursor.getName();
                    if (W.equals(name.getNamespaceURI())) {
                        switch (name.getLocalPart()) {
                            case "fldSimple":
                                if (pageSimpleField < 0 && isPageField(cursor.getAttributeText(INSTR))) {
                                    pageSimpleField = depth;
                                }
                                break;
                            case "fldChar":
                                String type = cursor.getAttributeText(FLD_CHAR_TYPE);
                                if ("begin".equals(type)) {
                                    instructions.push(new StringBuilder());
                                    inResult.push(Boolean.FALSE);
                                } else if ("separate".equals(type) && !inResult.isEmpty()) {
                                    inResult.pop();
                                    inResult.push(Boolean.TRUE);
                                } else if ("end".equals(type) && !inResult.isEmpty()) {
                                    inResult.pop();
                                    instructions.pop();
                                }
                                break;
                            case "instrText":
                                if (!inResult.isEmpty() && !inResult.peek()) {
                                    instructions.peek().append(cursor.getTextValue());
                                }
                                break;
                            case "t":
                                String text = cursor.getTextValue();
                                if (!text.isBlank()) {
                                    if (pageSimpleField >= 0 || inPageResult(instructions, inResult)) {
                                        pageNumber = true;
                                    } else if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                                        return Content.TEXT;
                                    } else {
                                        other = true;
                                    }
                                }
                                break;
                            default:
                                break;
                        }
                    }
                } else if (token.isEnd()) {
                    if (depth == pageSimpleField) {
                        pageSimpleField = -1;
                    }
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
                token = cursor.toNextToken();
            }
        }
        // Punctuation alone («* * *») is text someone typed; beside a page number it is the number's dress.
        return pageNumber ? Content.PAGE_NUMBER : other ? Content.TEXT : Content.EMPTY;
    }

    private static boolean inPageResult(Deque<StringBuilder> instructions, Deque<Boolean> inResult) {
        Iterator<StringBuilder> instruction = instructions.iterator();
        for (Boolean result : inResult) {
            String field = instruction.next().toString();
            if (result && isPageField(field)) {
                return true;
            }
        }
        return false;
    }

    /** A field instruction's first word is the field's name: {@code " PAGE \* MERGEFORMAT "} is PAGE. */
    private static boolean isPageField(String instruction) {
        if (instruction == null) {
            return false;
        }
        String stripped = instruction.strip();
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        return PAGE_FIELDS.contains(stripped.substring(0, end).toUpperCase(Locale.ROOT));
    }
}
