package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecreeBytesTest {

    private static final String DECREE = "ПРЕЗИДИУМ РАЙОННОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\nПОСТАНОВЛЕНИЕ\nот 12.03.2021 № 5\n"
            + "О плане работы\nПрезидиум постановляет:\n1. Утвердить план работы на 2021 год.\n";
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @Test
    void utf8WithAndWithoutTheByteOrderMarkIsRead() {
        assertThat(DecreeBytes.decode(DECREE.getBytes(StandardCharsets.UTF_8))).isEqualTo(DECREE);
        byte[] bom = ("\uFEFF" + DECREE).getBytes(StandardCharsets.UTF_8);
        assertThat(DecreeBytes.decode(bom)).isEqualTo(DECREE);
    }

    @Test
    void windows1251AsRussianWordSavesItIsDetected() {
        assertThat(DecreeBytes.decode(DECREE.getBytes(CP1251))).isEqualTo(DECREE);
        assertThat(DecreeTextParser.parse(DecreeBytes.decode(DECREE.getBytes(CP1251))).resolution().number())
                .map(Object::toString).contains("5");
    }

    @Test
    void bytesOfAnotherEncodingAreRefusedNotGuessed() {
        byte[] utf16 = DECREE.getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> DecreeBytes.decode(utf16)).isInstanceOfSatisfying(DecreeParseException.class,
                e -> assertThat(e.errorType()).isEqualTo(DecreeParseException.ErrorType.UNKNOWN_ENCODING));
        byte[] koi8 = DECREE.getBytes(Charset.forName("KOI8-R"));
        assertThatThrownBy(() -> DecreeBytes.decode(koi8)).isInstanceOf(DecreeParseException.class);
    }

    @Test
    void mojibakeIsRefusedBeforeItBecomesAGarbageResolution() {
        String utf8AsCp1251 = new String(DECREE.getBytes(StandardCharsets.UTF_8), CP1251);
        String cp1251AsLatin1 = new String(DECREE.getBytes(CP1251), StandardCharsets.ISO_8859_1);
        String utf8AsLatin1 = new String(DECREE.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        for (String garbage : new String[] {utf8AsCp1251, cp1251AsLatin1, utf8AsLatin1}) {
            assertThatThrownBy(() -> DecreeBytes.requireReadable(garbage))
                    .isInstanceOfSatisfying(DecreeParseException.class,
                            e -> assertThat(e.errorType()).isEqualTo(DecreeParseException.ErrorType.MISDECODED));
            assertThatThrownBy(() -> DecreeBytes.decode(garbage.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(DecreeParseException.class);
        }
    }

    @Test
    void russianTextWithSomeLatinAndSignsIsReadable() {
        DecreeBytes.requireReadable(DECREE + "Profcards, «Моя профессия — педагог», 1 000 руб., № 5-4, © Café\n");
    }
}
