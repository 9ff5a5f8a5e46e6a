package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.documents.DocumentFormat;
import io.github.unionkit.io.documents.DocumentReadException;
import io.github.unionkit.io.documents.DocumentReadException.ErrorType;
import io.github.unionkit.io.documents.DocumentReadOptions;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.documents.DocumentWarning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text layer of a PDF with Apache PDFBox: each page's text in reading order (sorted by
 * position, {@link PdfLineCollector}), page furniture removed ({@link PageFurniture}) with a warning
 * for each line removed, words hyphenated at a line's end rejoined ({@link Hyphenation}), and lines
 * wrapped by the column's width rejoined into their paragraph ({@link SoftWraps}). Refuses encrypted PDFs, PDFs with more pages than the cap, and PDFs without a text layer
 * (scans; no OCR). Every page is one source unit.
 */
public final class PdfExtractor {

    private PdfExtractor() {
    }

    /**
     * Reads a PDF.
     *
     * @param bytes the file
     * @param options the caps
     * @return the text
     * @throws DocumentReadException if the PDF is encrypted, too long, has no text, or is damaged
     */
    public static DocumentText extract(byte[] bytes, DocumentReadOptions options) {
        List<List<PdfLine>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw new DocumentReadException(ErrorType.ENCRYPTED, DocumentFormat.PDF, 0);
            }
            int count = document.getNumberOfPages();
            if (count > options.maxPages()) {
                throw new DocumentReadException(ErrorType.TOO_MANY_PAGES, DocumentFormat.PDF, options.maxPages());
            }
            PdfLineCollector collector = new PdfLineCollector();
            long chars = 0;
            for (int page = 1; page <= count; page++) {
                List<PdfLine> lines = collector.page(document, page);
                for (PdfLine line : lines) {
                    chars += line.text().length() + 1;
                }
                if (chars > options.maxChars()) {
                    throw new DocumentReadException(ErrorType.TOO_MUCH_TEXT, DocumentFormat.PDF, options.maxChars());
                }
                pages.add(lines);
            }
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException(ErrorType.ENCRYPTED, DocumentFormat.PDF, 0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentReadException) {
                throw (DocumentReadException) e;
            }
            throw new DocumentReadException(ErrorType.MALFORMED, DocumentFormat.PDF, 0);
        }
        if (pages.stream().allMatch(List::isEmpty) || !hasLetters(pages)) {
            throw new DocumentReadException(ErrorType.NO_TEXT_LAYER, DocumentFormat.PDF, 0);
        }
        return write(pages, options);
    }

    private static DocumentText write(List<List<PdfLine>> pages, DocumentReadOptions options) {
        TextSink sink = new TextSink(DocumentFormat.PDF, options.maxChars());
        List<List<String>> texts = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<String> lines = new ArrayList<>(page.size());
            page.forEach(line -> lines.add(line.text()));
            texts.add(lines);
        }
        List<Set<Integer>> furniture = PageFurniture.find(texts);
        List<PdfLine> lines = new ArrayList<>();
        List<Integer> lineUnits = new ArrayList<>();
        // The text column's right edge: the rightmost body glyph of all pages of the same width, so a last
        // page of short lines is judged by the full pages, and a landscape page by its own kind.
        Map<Float, Float> columnRight = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLine> page = pages.get(p);
            for (int i = 0; i < page.size(); i++) {
                if (furniture.get(p).contains(i)) {
                    // Never dropped silently: each removed line is named by its page and line.
                    sink.warn(new DocumentWarning(DocumentWarning.Code.PAGE_FURNITURE_REMOVED, p, OptionalInt.of(i + 1),
                            DocumentDetails.furniture(PageFurniture.kind(texts.get(p), i))));
                } else {
                    PdfLine line = page.get(i);
                    if (i > 0 && furniture.get(p).contains(i - 1) && line.paragraphStart()) {
                        // The gap PDFBox saw was to the running header just removed, not between paragraphs.
                        line = new PdfLine(line.text(), line.left(), line.right(), line.firstWordWidth(),
                                line.secondWordLeft(), line.spaceWidth(), line.pageWidth(), false, line.laidOut());
                    }
                    lines.add(line);
                    lineUnits.add(p);
                    columnRight.merge(line.pageWidth(), line.right(), Math::max);
                }
            }
        }
        int unit = -1;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine physical = lines.get(i);
            StringBuilder line = new StringBuilder(physical.text());
            int first = lineUnits.get(i);
            boolean gap = physical.paragraphStart();
            while (i + 1 < lines.size()) {
                PdfLine next = lines.get(i + 1);
                // The joined text ends as its last physical line does: no copy of a growing paragraph.
                if (Hyphenation.joins(physical.text(), next.text())) {
                    // "организа-" + "ции": a letter and a hyphen end the line, a lowercase letter starts the next.
                    line.setLength(line.length() - 1);
                    line.append(next.text());
                } else if (SoftWraps.joins(physical, next, columnRight.get(physical.pageWidth()))) {
                    line.append(' ').append(next.text());
                } else {
                    break;
                }
                physical = next;
                i++;
            }
            while (unit < first) {
                unit = sink.beginUnit();
            }
            if (gap) {
                // PDFBox saw a paragraph gap: a blank line, which the decree parser uses to end the header block.
                sink.line("");
            }
            sink.line(line);
        }
        while (sink.nextUnit() < pages.size()) {
            sink.beginUnit();
        }
        return sink.finish();
    }

    private static boolean hasLetters(List<List<PdfLine>> pages) {
        for (List<PdfLine> page : pages) {
            for (PdfLine pdfLine : page) {
                String line = pdfLine.text();
                for (int i = 0; i < line.length(); i++) {
                    if (Character.isLetter(line.charAt(i))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
