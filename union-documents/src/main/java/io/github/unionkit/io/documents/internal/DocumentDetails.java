package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.model.error.Detail;

/**
 * The details of the documents reader's warnings, one factory per message ({@code detail.key} in the
 * module's warnings bundle, in Russian and English). Arguments taken from a file (a list format's name,
 * a plan row's number) are cut to a short token, so a hostile file cannot put text into a message.
 */
public final class DocumentDetails {

    /** The plan-row detail: argument 0 the row's number, argument 1 a deadline error type's name. */
    public static final String PLAN_ROW = "planRow";
    private static final int MAX_TOKEN = 24;

    private DocumentDetails() {
    }

    /**
     * What a removed page-furniture line was.
     *
     * @param kind {@code pageNumber}, {@code runningHeader} or {@code runningFooter}
     * @return the detail
     */
    public static Detail furniture(String kind) {
        return Detail.of("furniture." + kind);
    }

    /**
     * A Word page header (of any section: default, first-page or even-page) that holds text and is not
     * read into the decree text.
     *
     * @return the detail
     */
    public static Detail wordHeader() {
        return Detail.of("furniture.wordHeader");
    }

    /**
     * A Word page footer that holds text and is not read into the decree text.
     *
     * @return the detail
     */
    public static Detail wordFooter() {
        return Detail.of("furniture.wordFooter");
    }

    /**
     * A Word page header or footer that holds only a page number (page fields), not read.
     *
     * @return the detail
     */
    public static Detail wordPageNumber() {
        return Detail.of("furniture.wordPageNumber");
    }

    /**
     * A Word list format that cannot be written as a number.
     *
     * @param format the format's name in the file ({@code chicago}, {@code bullet}, …)
     * @return the detail
     */
    public static Detail numberFormat(String format) {
        return Detail.of("numberFormat", token(format));
    }

    /**
     * A plan row whose deadline cell could not be read.
     *
     * @param number the row's number as written, or empty
     * @param why the deadline parser's reason
     * @return the detail
     */
    public static Detail planRow(String number, DeadlineParseException.ErrorType why) {
        return Detail.of(PLAN_ROW, number.isEmpty() ? "—" : token(number), why.name());
    }

    /** Letters, digits, dots and dashes only, at most {@value #MAX_TOKEN} of them. */
    static String token(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TOKEN));
        for (int i = 0; i < text.length() && out.length() < MAX_TOKEN; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-') {
                out.append(c);
            }
        }
        return out.length() == 0 ? "?" : out.toString();
    }
}
