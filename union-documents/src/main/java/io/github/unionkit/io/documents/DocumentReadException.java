package io.github.unionkit.io.documents;

import io.github.unionkit.model.error.UnionKitErrorType;
import io.github.unionkit.model.error.UnionKitException;
import io.github.unionkit.model.internal.LocalizedTexts;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Thrown by {@link DecreeDocuments} when a file cannot be turned into decree text at all: it is too
 * large, a zip bomb, encrypted, a scan without a text layer, a legacy Word file, or damaged. Everything
 * short of that is a {@link DocumentWarning} or a warning of the decree parser.
 *
 * <p>The exception carries the {@link ErrorType} and the limit or count involved. Its message never
 * quotes the document (decrees name persons), and it never wraps the format library's exception,
 * whose message may quote the file: the error type says what went wrong.
 */
public final class DocumentReadException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Why no text could be read from the file. */
    public enum ErrorType implements UnionKitErrorType {
        /** The file is larger than {@link DocumentReadOptions#maxBytes()}; nothing was read. */
        TOO_LARGE,
        /** The text read from the file is longer than {@link DocumentReadOptions#maxChars()}. */
        TOO_MUCH_TEXT,
        /** The PDF has more pages than {@link DocumentReadOptions#maxPages()}. */
        TOO_MANY_PAGES,
        /**
         * The Word file (a ZIP archive) inflates to more than {@link DocumentReadOptions#maxUnzippedBytes()}, or
         * one of its entries compresses suspiciously well: a zip bomb.
         */
        ZIP_BOMB,
        /** The file is encrypted or password-protected; it is not opened. */
        ENCRYPTED,
        /** The PDF has no text layer (a scan); UnionKit does no OCR. */
        NO_TEXT_LAYER,
        /** A legacy binary Word file (.doc); only .docx is read. */
        LEGACY_WORD,
        /** The file claims a format (by its first bytes) but cannot be read as it. */
        MALFORMED;

        /**
         * Returns the description of this error type in Russian or English.
         *
         * @param locale the language wanted, not null
         * @return the description, never null
         */
        @Override
        public String description(Locale locale) {
            return TEXTS.get("DocumentReadException." + name(), locale);
        }
    }

    private static final String BUNDLE = "io.github.unionkit.io.documents.errors";
    private static final LocalizedTexts TEXTS = LocalizedTexts.of(
            ResourceBundle.getBundle(BUNDLE, LocalizedTexts.RUSSIAN), ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

    private final DocumentFormat format;
    private final long limit;

    /**
     * Creates the exception.
     *
     * @param errorType why reading failed, not null
     * @param format the format the content announced, not null
     * @param limit the limit exceeded, or 0 where no limit is involved; not negative
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public DocumentReadException(ErrorType errorType, DocumentFormat format, long limit) {
        super(errorType, null);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        this.format = Objects.requireNonNull(format, "format");
        this.limit = limit;
    }

    /**
     * Returns why reading failed.
     *
     * @return the error type
     */
    @Override
    public ErrorType errorType() {
        return (ErrorType) super.errorType();
    }

    /**
     * Returns the message in Russian or English: the error type, the format and the limit involved,
     * as {@code "ENCRYPTED (PDF): the document is encrypted"}.
     *
     * @param locale the language wanted, not null
     * @return the message, never null
     */
    @Override
    public String message(Locale locale) {
        String bound = limit > 0 ? TEXTS.format("DocumentReadException.limit", locale, limit) : "";
        return TEXTS.format("DocumentReadException.message", locale, errorType().name(), format.name(), bound,
                errorType().description(locale));
    }

    /**
     * Returns the format the file's content announced.
     *
     * @return the format
     */
    public DocumentFormat format() {
        return format;
    }

    /**
     * Returns the limit that was exceeded (bytes, characters or pages), or 0 where no limit is involved.
     *
     * @return the limit, not negative
     */
    public long limit() {
        return limit;
    }
}
