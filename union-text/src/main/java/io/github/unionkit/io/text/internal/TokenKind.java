package io.github.unionkit.io.text.internal;

/** The three kinds of token {@link Tokens} produces. */
enum TokenKind {
    /** A run of letters (Cyrillic or Latin), with combining marks and soft hyphens inside it. */
    WORD,
    /** A run of ASCII digits {@code 0-9}; other scripts' digits are punctuation. */
    NUMBER,
    /** Any other single character that is not white space: dots, dashes, quotes, {@code №}, … */
    PUNCT
}
