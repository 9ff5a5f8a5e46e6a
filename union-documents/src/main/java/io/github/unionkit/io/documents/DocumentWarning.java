package io.github.unionkit.io.documents;

import io.github.unionkit.io.documents.internal.DocumentDetails;
import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.model.error.Detail;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.ResourceBundle;

/**
 * Something {@link DecreeDocuments} noticed while turning a file into decree text, beside the warnings
 * of the decree parser: page furniture removed from a PDF, a list number Word stores in a format that
 * cannot be written, a plan's deadline cell that cannot be read. Nothing noticed is dropped silently.
 *
 * @param code what was noticed
 * @param source the 0-based index of the source unit (a paragraph of a Word file, a page of a PDF, a
 *     block of a web page) the warning is about, at least 0; a Word page header or footer, which is no
 *     paragraph of the text, is told at the first paragraph of the section it heads (0 in a one-section
 *     file)
 * @param line the 1-based line within the source unit, counting its lines with text, when the warning
 *     is about one line (a running header removed from a PDF page); empty when it is about the whole unit
 * @param detail what the warning adds to its code's description, as a message key and arguments without
 *     personal data (the kind of furniture, a list format, a plan row's number); {@link Detail#none()}
 *     when nothing; {@link #message(Locale)} says it in Russian or English
 */
public record DocumentWarning(Code code, int source, OptionalInt line, Detail detail) {

    private static final String BUNDLE = "io.github.unionkit.io.documents.warnings";
    private static final ResourceBundle RU = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("ru"));
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

    /** The kinds of warning; each has a Russian and an English description in the module's bundle. */
    public enum Code {
        /**
         * Page furniture was left out of the decree text: lines repeated on most pages of a PDF or page
         * numbers (one warning per line, with its page and line), or a Word page header or footer that
         * holds anything (one warning per header or footer part, pointing at the first paragraph of its
         * section, without a line). The detail says which.
         *
         * <p>One code for both formats (no Word-only code): to whoever reads the warning it is the same
         * event — what stood in a page's header or footer is not in the text — and a caller that
         * filters on it, as {@code union check} counts it, sees Word files as it sees PDFs (decision 0049).
         */
        PAGE_FURNITURE_REMOVED,
        /** A Word list level uses a number format that is not read; the paragraph keeps no number. */
        UNSUPPORTED_NUMBER_FORMAT,
        /** A web page has no {@code <main>} or {@code <article>}; the block with the most text was read. */
        CONTENT_GUESSED,
        /** A plan row's deadline cell cannot be read as a deadline; the row has no deadline. */
        PLAN_DEADLINE_UNREAD,
        /** A plan row has no action text; it is left out. */
        PLAN_ROW_WITHOUT_ACTION;

        /**
         * Returns a short description in the given language: Russian for {@code ru}, else English.
         *
         * @param locale the language, not null
         * @return the description
         * @throws NullPointerException if {@code locale} is null
         */
        public String description(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            return ("ru".equals(locale.getLanguage()) ? RU : EN).getString("warning." + name());
        }
    }

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code source} is negative or {@code line} is below 1
     */
    public DocumentWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(detail, "detail");
        if (source < 0) {
            throw new IllegalArgumentException("source must not be negative: " + source);
        }
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line.getAsInt());
        }
    }

    /**
     * Returns a warning about a whole source unit, without a line.
     *
     * @param code what was noticed, not null
     * @param source the 0-based source unit, at least 0
     * @param detail what the warning adds, not null; {@link Detail#none()} when nothing
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code source} is negative
     */
    public DocumentWarning(Code code, int source, Detail detail) {
        this(code, source, OptionalInt.empty(), detail);
    }

    /**
     * Returns the reason in the given language with the source unit, the line when there is one, and
     * the detail, e.g. {@code block 2, line 41: page headers, footers or page numbers removed (page number)}.
     *
     * @param locale the language (Russian for {@code ru}, else English), not null
     * @return the message, without personal data
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        ResourceBundle bundle = "ru".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? RU : EN;
        // people count blocks from 1; source() stays the index
        String where = line.isPresent()
                ? MessageFormat.format(bundle.getString("where.line"), source + 1, line.getAsInt())
                : MessageFormat.format(bundle.getString("where.unit"), source + 1);
        String said = detail(locale);
        return where + ": " + code.description(locale) + (said.isEmpty() ? "" : " (" + said + ")");
    }

    /**
     * Returns the detail alone in the given language, e.g. «колонтитул вверху страницы»; the empty
     * string when there is none. A detail this version does not know is printed as
     * {@link Detail#toString()}, never dropped.
     *
     * @param locale the language (Russian for {@code ru}, else English), not null
     * @return the detail's text
     */
    public String detail(Locale locale) {
        ResourceBundle bundle = "ru".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? RU : EN;
        return detail.render(known -> {
            Object[] arguments = known.arguments().toArray();
            if (DocumentDetails.PLAN_ROW.equals(known.key())) {
                arguments[1] = DeadlineParseException.ErrorType.valueOf(known.arguments().get(1)).description(locale);
            }
            return new MessageFormat(bundle.getString("detail." + known.key()), locale).format(arguments);
        });
    }
}
