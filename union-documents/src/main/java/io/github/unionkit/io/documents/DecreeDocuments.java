package io.github.unionkit.io.documents;

import io.github.unionkit.io.documents.DocumentReadException.ErrorType;
import io.github.unionkit.io.documents.internal.DocxExtractor;
import io.github.unionkit.io.documents.internal.FormatSniffer;
import io.github.unionkit.io.documents.internal.HtmlExtractor;
import io.github.unionkit.io.documents.internal.LegacyWord;
import io.github.unionkit.io.documents.internal.PdfExtractor;
import io.github.unionkit.io.documents.internal.PlanTables;
import io.github.unionkit.io.text.DecreeBytes;
import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeTextParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads decrees from the files people exchange: Word (.docx), PDF and web pages (HTML), as well as
 * plain text, telling the format by content ({@link #detect}), never by the file name.
 *
 * <p>{@link #extract} turns a file into decree text — the same text a person would type, lines
 * separated by {@code \n}, with Word's automatic list numbers written out — and {@link #read} hands
 * that text to {@link DecreeTextParser}, so every format goes through the same layout and
 * interpretation as text. The results map text offsets back to the file's paragraphs, pages or blocks.
 *
 * <p><b>Refusals.</b> A file over {@link DocumentReadOptions#maxBytes()}, a zip bomb, an encrypted
 * document, a PDF without a text layer (no OCR), a legacy .doc, a damaged file, and text over the
 * parser's cap fail with a {@link DocumentReadException}; text that is no decree, or in an unknown
 * encoding, fails as with text files, with a {@link DecreeParseException}.
 *
 * <p>Stateless and thread-safe; memory is bounded by the caps of {@link DocumentReadOptions}.
 */
public final class DecreeDocuments {

    private DecreeDocuments() {
    }

    /**
     * Tells a file's format from its first bytes (and, for a ZIP archive, its entry names).
     *
     * @param bytes the file, not null
     * @return the format; {@link DocumentFormat#TEXT} for anything not recognised
     * @throws NullPointerException if {@code bytes} is null
     */
    public static DocumentFormat detect(byte[] bytes) {
        return FormatSniffer.detect(Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * Turns a file into decree text with the {@linkplain DocumentReadOptions#defaults() default caps}.
     *
     * @param bytes the file, not null
     * @return the text, its source units, plans and warnings
     * @throws NullPointerException if {@code bytes} is null
     * @throws DocumentReadException if the file cannot be read (see the class comment)
     * @throws DecreeParseException if a text or HTML file is in an unknown encoding or misdecoded
     */
    public static DocumentText extract(byte[] bytes) {
        return extract(bytes, DocumentReadOptions.defaults());
    }

    /**
     * Turns a file into decree text.
     *
     * @param bytes the file, not null
     * @param options the caps, not null
     * @return the text, its source units, plans and warnings
     * @throws NullPointerException if an argument is null
     * @throws DocumentReadException if the file cannot be read (see the class comment)
     * @throws DecreeParseException if a text or HTML file is in an unknown encoding or misdecoded
     */
    public static DocumentText extract(byte[] bytes, DocumentReadOptions options) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(options, "options");
        DocumentFormat format = FormatSniffer.detect(bytes);
        if (bytes.length > options.maxBytes()) {
            throw new DocumentReadException(ErrorType.TOO_LARGE, format, options.maxBytes());
        }
        switch (format) {
            case DOCX:
                return DocxExtractor.extract(bytes, options);
            case PDF:
                return PdfExtractor.extract(bytes, options);
            case HTML:
                return HtmlExtractor.extract(bytes, options);
            case DOC:
                throw LegacyWord.refuse(bytes);
            default:
                String text = DecreeBytes.decode(bytes);
                if (text.length() > options.maxChars()) {
                    throw new DocumentReadException(ErrorType.TOO_MUCH_TEXT, format, options.maxChars());
                }
                List<Integer> lineStarts = new ArrayList<>();
                lineStarts.add(0);
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                        lineStarts.add(i + 1);
                    }
                }
                return DocumentText.of(format, text, lineStarts, List.of(), List.of());
        }
    }

    /**
     * Reads a decree file with the {@linkplain DocumentReadOptions#defaults() default options}.
     *
     * @param bytes the file, not null
     * @return the text read, the parser's result, the plans and the warnings
     * @throws NullPointerException if {@code bytes} is null
     * @throws DocumentReadException if the file cannot be read (see the class comment)
     * @throws DecreeParseException if its text is no decree (as {@link DecreeTextParser#parse} says)
     */
    public static DocumentReadResult read(byte[] bytes) {
        return read(bytes, DocumentReadOptions.defaults());
    }

    /**
     * Reads a decree file: {@link #extract}, then {@link DecreeTextParser#parse(String,
     * io.github.unionkit.io.text.DecreeParseOptions)} on the text, then the plans' deadlines against
     * the decree's adoption date (its first day).
     *
     * @param bytes the file, not null
     * @param options the caps and the parser's options, not null
     * @return the text read, the parser's result, the plans and the warnings
     * @throws NullPointerException if an argument is null
     * @throws DocumentReadException if the file cannot be read (see the class comment)
     * @throws DecreeParseException if its text is no decree (as {@link DecreeTextParser#parse} says)
     */
    public static DocumentReadResult read(byte[] bytes, DocumentReadOptions options) {
        DocumentText document = extract(bytes, options);
        DecreeParseResult decree = DecreeTextParser.parse(document.text(), options.parseOptions());
        Optional<LocalDate> date = decree.resolution().adopted().map(range -> range.getStart());
        List<DocumentWarning> warnings = new ArrayList<>();
        for (DocumentWarning w : document.warnings()) {
            if (w.code() != DocumentWarning.Code.PLAN_DEADLINE_UNREAD) {
                warnings.add(w);
            }
        }
        List<PlanTable> plans = new ArrayList<>();
        for (PlanTable plan : document.plans()) {
            List<PlanItem> items = new ArrayList<>();
            for (PlanItem item : plan.items()) {
                items.add(PlanTables.withDeadline(item, date, warnings::add));
            }
            plans.add(new PlanTable(plan.source(), items));
        }
        return DocumentReadResult.of(document, decree, plans, warnings);
    }
}
