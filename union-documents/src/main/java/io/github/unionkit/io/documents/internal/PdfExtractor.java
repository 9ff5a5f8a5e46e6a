package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.documents.DocumentFormat;
import io.github.unionkit.io.documents.DocumentReadException;
import io.github.unionkit.io.documents.DocumentReadException.ErrorType;
import io.github.unionkit.io.documents.DocumentReadOptions;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.documents.DocumentWarning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF with Apache PDFBox: each page's text in reading order (sorted by
 * position), page furniture removed ({@link PageFurniture}), and words hyphenated at a line's end
 * rejoined. Refuses encrypted PDFs, PDFs with more pages than the cap, and PDFs without a text layer
 * (scans; no OCR). Every page is one source unit.
 */
public final class PdfExtractor {

    /** The marker PDFBox is told to write where a paragraph starts: a private-use character, not white space. */
    private static final char PARAGRAPH = '\uE000';

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
        List<List<String>> pages = new ArrayList<>();
        List<List<Boolean>> gapsBefore = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                throw new DocumentReadException(ErrorType.ENCRYPTED, DocumentFormat.PDF, 0);
            }
            int count = document.getNumberOfPages();
            if (count > options.maxPages()) {
                throw new DocumentReadException(ErrorType.TOO_MANY_PAGES, DocumentFormat.PDF, options.maxPages());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            // PDFBox marks a paragraph where the gap to the previous line is large: a blank line in
            // the text, which the decree parser uses to end the header block.
            stripper.setParagraphStart(String.valueOf(PARAGRAPH));
            long chars = 0;
            for (int page = 1; page <= count; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                chars += text.length();
                if (chars > 2L * options.maxChars()) {
                    // Layout spaces are trimmed later; twice the cap is already too much.
                    throw new DocumentReadException(ErrorType.TOO_MUCH_TEXT, DocumentFormat.PDF, options.maxChars());
                }
                List<String> lines = new ArrayList<>();
                List<Boolean> gaps = new ArrayList<>();
                boolean gap = false;
                for (String line : text.split("\n")) {
                    String stripped = line.strip();
                    if (!stripped.isEmpty() && stripped.charAt(0) == PARAGRAPH) {
                        gap = !lines.isEmpty();
                        stripped = stripped.substring(1).strip();
                    }
                    if (!stripped.isEmpty()) {
                        lines.add(stripped);
                        gaps.add(gap);
                        gap = false;
                    }
                }
                pages.add(lines);
                gapsBefore.add(gaps);
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
        return write(pages, gapsBefore, options);
    }

    private static DocumentText write(List<List<String>> pages, List<List<Boolean>> gapsBefore,
            DocumentReadOptions options) {
        TextSink sink = new TextSink(DocumentFormat.PDF, options.maxChars());
        List<Set<Integer>> furniture = PageFurniture.find(pages);
        List<String> lines = new ArrayList<>();
        List<Integer> lineUnits = new ArrayList<>();
        List<Boolean> lineGaps = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            if (!furniture.get(p).isEmpty()) {
                sink.warn(new DocumentWarning(DocumentWarning.Code.PAGE_FURNITURE_REMOVED, p,
                        furniture.get(p).size() + " lines"));
            }
            for (int i = 0; i < page.size(); i++) {
                if (!furniture.get(p).contains(i)) {
                    lines.add(page.get(i));
                    lineUnits.add(p);
                    lineGaps.add(gapsBefore.get(p).get(i));
                }
            }
        }
        int unit = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean gap = lineGaps.get(i);
            int first = lineUnits.get(i);
            // Rejoin "организа-" + "ции": a letter and a hyphen end the line, a lowercase letter starts the next.
            while (i + 1 < lines.size() && Hyphenation.joins(line, lines.get(i + 1))) {
                line = line.substring(0, line.length() - 1) + lines.get(i + 1);
                i++;
            }
            while (unit < first) {
                unit = sink.beginUnit();
            }
            if (gap) {
                sink.line("");
            }
            sink.line(line);
        }
        while (sink.nextUnit() < pages.size()) {
            sink.beginUnit();
        }
        return sink.finish();
    }

    private static boolean hasLetters(List<List<String>> pages) {
        for (List<String> page : pages) {
            for (String line : page) {
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
