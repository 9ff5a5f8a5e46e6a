package io.github.unionkit.consumer;

import io.github.unionkit.io.documents.DecreeDocuments;
import io.github.unionkit.io.documents.DecreeWordWriter;
import io.github.unionkit.io.documents.DocumentFormat;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's program on the module path. Each check prints one line; any failure throws, so the JVM
 * exits non-zero. The last line is {@code consumer OK}.
 */
public final class ConsumerMain {

    private ConsumerMain() {
    }

    /**
     * Runs the checks.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // union-model: a published type, parsed through its public factory.
        DecreeNumber number = DecreeNumber.parse("№ 3- 1");
        check("3-1".equals(number.toString()), "DecreeNumber.parse(\"№ 3- 1\") prints 3-1");

        // union-text: the binding deadline entry point.
        Deadline deadline = RussianDeadlines.parse("до 29 декабря 2020 г.", LocalDate.of(2020, 12, 18));
        check(deadline.lastDay().orElseThrow().equals(LocalDate.of(2020, 12, 28)),
                "RussianDeadlines reads \"до 29 декабря 2020 г.\" as ending on 2020-12-28");

        // union-io (json): the Jackson module is a service of module io.github.unionkit.io.
        List<JacksonModule> modules = new ArrayList<>();
        ServiceLoader.load(JacksonModule.class).forEach(modules::add);
        check(modules.stream().anyMatch(m -> m.getClass().getModule().getName().equals("io.github.unionkit.io")),
                "ServiceLoader finds UnionKit's JacksonModule in module io.github.unionkit.io");
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Resolution seed = SeedResolutions.astrakhan3of1();
        Resolution back = mapper.readValue(mapper.writeValueAsString(seed), Resolution.class);
        check(back.equals(seed), "a mapper with findAndAddModules() round-trips resolution No. 3-1");
        // Compiled with -Xlint:all -Werror: the generated builder carries no annotation the consumer
        // cannot see (Immutables is compile-time only).
        Resolution copy = Resolution.builder().from(seed).build();
        check(copy.equals(seed), "Resolution.Builder copies resolution No. 3-1");

        // union-rules: the catalogue, without Hibernate Validator on the module path.
        ValidationReport report = Catalogue.resolution().check(seed, RuleContext.of(seed.documentDate().orElseThrow()));
        check(report.isValid(), "the rule catalogue finds no error in No. 3-1 without a registry");

        // union-documents: POI, PDFBox and jsoup resolve on the module path; a Word file is read.
        byte[] html = ("<!doctype html><html><body><nav>Меню</nav><main><p>ПОСТАНОВЛЕНИЕ</p>"
                + "<p>Президиум постановляет:</p><p>1. Принять к сведению.</p></main></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        check(DecreeDocuments.detect(html) == DocumentFormat.HTML, "DecreeDocuments tells a web page by content");
        check(DecreeDocuments.read(html).decree().resolution().allClauses().size() == 1,
                "DecreeDocuments reads a decree from a web page");
        // POI on the module path: its explicit modules, commons.math3 (an automatic module named after
        // its file) and the OOXML schemas, written and read back.
        byte[] docx = DecreeWordWriter.write(seed);
        check(DecreeDocuments.detect(docx) == DocumentFormat.DOCX
                && DecreeDocuments.read(docx).decree().resolution().number().equals(seed.number()),
                "DecreeWordWriter writes No. 3-1 and DecreeDocuments reads its number back from Word");
        // PDFBox on the module path: three automatic modules and commons-logging, which they cannot require.
        byte[] pdf = minimalPdf("Postanovlenie No. 3-1");
        check(DecreeDocuments.detect(pdf) == DocumentFormat.PDF
                && DecreeDocuments.extract(pdf).text().contains("Postanovlenie No. 3-1"),
                "DecreeDocuments reads the text layer of a PDF");

        // The modules are explicit, and their internals stay closed.
        Module model = DecreeNumber.class.getModule();
        check(model.isNamed() && !model.getDescriptor().isAutomatic(), "io.github.unionkit.model is an explicit module");
        check(!model.isExported("io.github.unionkit.model.org.internal"), "internal packages are not exported");
        System.out.println("consumer OK");
    }

    /** A one-page PDF in a standard font, its cross-reference offsets counted, so PDFBox need not repair it. */
    private static byte[] minimalPdf(String text) {
        String content = "BT /F1 12 Tf 72 760 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                    + "/Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("failed: " + what);
        }
        System.out.println("ok: " + what);
    }
}
