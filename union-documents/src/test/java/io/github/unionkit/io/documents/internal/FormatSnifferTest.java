package io.github.unionkit.io.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.documents.DocumentFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void htmlAfterAByteOrderMarkAndWhiteSpace() {
        assertThat(FormatSniffer.detect(utf8("\uFEFF \n<!DOCTYPE html><html>"))).isEqualTo(DocumentFormat.HTML);
        assertThat(FormatSniffer.detect(utf8("<HTML><body>"))).isEqualTo(DocumentFormat.HTML);
        assertThat(FormatSniffer.detect(utf8("\t<body><p>x"))).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void aDecreeMentioningHtmlIsText() {
        assertThat(FormatSniffer.detect(utf8("ПОСТАНОВЛЕНИЕ\n<html> в тексте"))).isEqualTo(DocumentFormat.TEXT);
        assertThat(FormatSniffer.detect(new byte[0])).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void pdfAndOle2BySignature() {
        assertThat(FormatSniffer.detect(utf8("%PDF-1.4\n"))).isEqualTo(DocumentFormat.PDF);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(FormatSniffer.detect(ole2)).isEqualTo(DocumentFormat.DOC);
    }

    @Test
    void aZipWithoutAWordDocumentIsNotDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(utf8("<workbook/>"));
        }
        assertThat(FormatSniffer.detect(out.toByteArray())).isEqualTo(DocumentFormat.TEXT);
    }
}
