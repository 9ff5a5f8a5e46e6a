package io.github.unionkit.io.documents;

/**
 * The formats {@link DecreeDocuments} tells apart by content (never by the file name).
 */
public enum DocumentFormat {
    /** Office Open XML word processing (.docx): a ZIP archive holding {@code word/document.xml}. */
    DOCX,
    /** Legacy binary Word (.doc): an OLE2 compound file. Recognised, then refused. */
    DOC,
    /** PDF: the bytes start with {@code %PDF-}. */
    PDF,
    /** HTML: {@code <!doctype html} or {@code <html} after a byte-order mark and white space. */
    HTML,
    /** Anything else: plain text, UTF-8 or Windows-1251 (read with {@code DecreeBytes}). */
    TEXT
}
