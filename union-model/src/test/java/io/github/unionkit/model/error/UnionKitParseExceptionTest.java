package io.github.unionkit.model.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.meeting.RomanNumeral;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.org.IdentifierParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnionKitParseExceptionTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static UnionKitParseException thrownBy(Runnable parse) {
        try {
            parse.run();
        } catch (UnionKitParseException e) {
            return e;
        }
        throw new AssertionError("nothing was thrown");
    }

    @Test
    void namesACyrillicLookAlikeInBothLanguages() {
        UnionKitParseException e = thrownBy(() -> DecreeNumber.parse("3-\u041D"));

        assertThat(e.getMessage()).isEqualTo("cannot parse decree number \"3-\u041D\" at line 1, column 3 "
                + "('\u041D', U+041D, Cyrillic letter that looks like the Latin 'H'): unexpected character");
        assertThat(e.message(RUSSIAN)).isEqualTo("не удалось разобрать номер постановления «3-\u041D»: строка 1, "
                + "позиция 3 («\u041D», U+041D, кириллическая буква, похожая на латинскую «H»): недопустимый знак");
        assertThat(e.character()).hasValue(0x041D);
    }

    @Test
    void namesALatinLookAlikeOfACyrillicLetter() {
        UnionKitParseException e = thrownBy(() -> DecreeNumber.parse("3-C"));

        assertThat(e.message(RUSSIAN)).contains("(«C», U+0043, латинская буква, похожая на кириллическую «С»)");
        assertThat(thrownBy(() -> DecreeNumber.parse("3-Z")).message(RUSSIAN)).contains("латинская буква)");
    }

    @Test
    void aCyrillicEnWhereTheNumberSignBelongsIsNamedAsSuch() {
        UnionKitParseException e = thrownBy(() -> DecreeNumber.parse("\u041D-5"));

        assertThat(e.errorType()).isEqualTo(io.github.unionkit.model.decree.DecreeNumberParseException.ErrorType.LOOK_ALIKE_SIGN);
        assertThat(e.message(RUSSIAN)).endsWith("кириллическая буква там, где ожидается знак «№» или латинская N");
        assertThat(e.getMessage()).endsWith("a Cyrillic letter where the sign \u2116 or a Latin N was expected");
        assertThat(e.position().column()).isEqualTo(1);
    }

    @Test
    void saysEndOfInputWhenSomethingIsMissingAtTheEnd() {
        UnionKitParseException e = thrownBy(() -> DecreeNumber.parse(""));

        assertThat(e.getMessage()).isEqualTo("cannot parse decree number \"\" at line 1, column 1 (end of input): "
                + "the text is empty");
        assertThat(e.message(RUSSIAN)).contains("позиция 1 (конец текста)");
        assertThat(e.character()).isEmpty();
    }

    @Test
    void showsInvisibleCharactersByCodeOnly() {
        UnionKitParseException e = thrownBy(() -> DecreeNumber.parse("3-1\u0000"));

        assertThat(e.getMessage()).contains("\"3-1\\u0000\"").contains("(U+0000)");
    }

    @Test
    void keepsTheStartOfALongInputOrAWindowAroundAProblemFurtherIn() {
        DecreeNumberParseException tooLong = (DecreeNumberParseException) thrownBy(
                () -> DecreeNumber.parse("1".repeat(DecreeNumber.MAX_LENGTH + 10)));
        assertThat(tooLong.input()).isEqualTo("1".repeat(DecreeNumber.MAX_LENGTH) + "\u2026");
        assertThat(tooLong.errorType().description()).isEqualTo("the text is longer than 64 characters");
    }

    @Test
    void describesTheLimitsWithTheNumbersOfEachLanguage() {
        assertThat(DecreeNumberParseException.ErrorType.NUMBER_OUT_OF_RANGE.description())
                .contains("1 to 999,999,999");
        assertThat(DecreeNumberParseException.ErrorType.NUMBER_OUT_OF_RANGE.description(RUSSIAN))
                .contains("от 1 до 999\u00A0999\u00A0999");
    }

    @Test
    void neverQuotesPersonalDataSuchAsACardNumber() {
        UnionKitParseException e = thrownBy(() -> CardNumber.parse("12345x6789"));

        assertThat(e).isInstanceOf(IdentifierParseException.class);
        assertThat(e.excerpt()).isEmpty();
        assertThat(e.character()).isEmpty();
        assertThat(e.getMessage()).doesNotContain("12345").isEqualTo(
                "cannot parse membership card number at line 1, column 6: it cannot start with this character"
                        .replace("it cannot start with this character", e.errorType().description()));
        assertThat(e.message(RUSSIAN)).startsWith("не удалось разобрать номер членского билета: строка 1, позиция 6");
    }

    @Test
    void everyParseExceptionIsAUnionKitExceptionAndAnIllegalArgument() {
        UnionKitParseException e = thrownBy(() -> RomanNumeral.parse("IIII"));

        assertThat(e).isInstanceOf(UnionKitException.class).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.errorType()).isInstanceOf(UnionKitErrorType.class);
    }

    @Test
    void keepsLineAndColumnThroughSerialization() throws Exception {
        UnionKitParseException e = thrownBy(() -> RomanNumeral.parse("XIV\u0425"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            UnionKitParseException copy = (UnionKitParseException) in.readObject();
            assertThat(copy.position()).isEqualTo(e.position());
            assertThat(copy.getMessage()).isEqualTo(e.getMessage());
        }
    }

    @Test
    void theMessageIsNeverNullAndEveryLanguageButRussianIsEnglish() {
        UnionKitParseException e = thrownBy(() -> DecreeNumber.parse(""));

        assertThat(e.message(Locale.GERMAN)).isEqualTo(e.getMessage());
        assertThat(e.message(new Locale("ru", "RU"))).isEqualTo(e.message(RUSSIAN));
        assertThatThrownBy(() -> e.message(null)).isInstanceOf(NullPointerException.class);
    }
}
