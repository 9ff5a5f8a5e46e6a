package io.github.unionkit.io.documents;

import java.util.Objects;

/**
 * Thrown by {@link DecreeDocuments} when a file cannot be turned into decree text at all: it is too
 * large, a zip bomb, encrypted, a scan without a text layer, a legacy Word file, or damaged. Everything
 * short of that is a {@link DocumentWarning} or a warning of the decree parser.
 *
 * <p>The exception carries the {@link ErrorType} and the limit or count involved. Its message never
 * quotes the document (decrees name persons), and it never wraps the format library's exception,
 * whose message may quote the file: the error type says what went wrong.
 */
public final class DocumentReadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why no text could be read from the file. */
    public enum ErrorType {
        /** The file is larger than {@link DocumentReadOptions#maxBytes()}; nothing was read. */
        TOO_LARGE("the file is larger than the configured maximum"),
        /** The text read from the file is longer than {@link DocumentReadOptions#maxChars()}. */
        TOO_MUCH_TEXT("the document's text is longer than the configured maximum"),
        /** The PDF has more pages than {@link DocumentReadOptions#maxPages()}. */
        TOO_MANY_PAGES("the document has more pages than the configured maximum"),
        /**
         * The Word file (a ZIP archive) inflates to more than {@link DocumentReadOptions#maxUnzippedBytes()}, or
         * one of its entries compresses suspiciously well: a zip bomb.
         */
        ZIP_BOMB("the archive inflates beyond the configured maximum or compresses suspiciously well"),
        /** The file is encrypted or password-protected; it is not opened. */
        ENCRYPTED("the document is encrypted"),
        /** The PDF has no text layer (a scan); UnionKit does no OCR. */
        NO_TEXT_LAYER("the PDF has no text layer"),
        /** A legacy binary Word file (.doc); only .docx is read. */
        LEGACY_WORD("legacy .doc files are not supported; save the file as .docx"),
        /** The file claims a format (by its first bytes) but cannot be read as it. */
        MALFORMED("the file is damaged or not of the format its content announces");

        private final String description;

        ErrorType(String description) {
            this.description = description;
        }

        /**
         * Returns a short English description of the error type.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    private final ErrorType errorType;
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
        super(Objects.requireNonNull(errorType, "errorType") + " (" + Objects.requireNonNull(format, "format")
                + (limit > 0 ? ", limit " + limit : "") + "): " + errorType.description());
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        this.errorType = errorType;
        this.format = format;
        this.limit = limit;
    }

    /**
     * Returns why reading failed.
     *
     * @return the error type
     */
    public ErrorType errorType() {
        return errorType;
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
