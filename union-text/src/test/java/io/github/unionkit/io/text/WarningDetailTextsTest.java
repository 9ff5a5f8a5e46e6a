package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.internal.ReferenceFinder;
import io.github.unionkit.io.text.internal.WarningDetails;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.error.Detail;
import io.github.unionkit.model.time.UnresolvedDeadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WarningDetailTextsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    /** Every detail the parser can produce: each factory, each constant it can name. */
    private static List<Detail> everyDetail() {
        List<Detail> all = new ArrayList<>();
        all.add(WarningDetails.issuerDisagrees(BodyKind.PRESIDIUM, BodyKind.COMMITTEE));
        for (int n : new int[] {1, 2, 5, 21}) {
            all.add(WarningDetails.subClausesLeftOut(n));
            all.add(WarningDetails.severalDeadlines(n));
        }
        for (ReferenceFinder.Rejection why : ReferenceFinder.Rejection.values()) {
            all.add(WarningDetails.reference(why));
        }
        all.add(WarningDetails.inClause(ClauseNumber.parse("3.1")));
        for (DeadlineParseException.ErrorType type : DeadlineParseException.ErrorType.values()) {
            all.add(WarningDetails.deadlineRefused(type));
        }
        for (UnresolvedDeadline.Refusal refusal : UnresolvedDeadline.Refusal.values()) {
            all.add(Detail.of(WarningDetails.DEADLINE_REFUSED, refusal.name()));
        }
        all.add(Detail.of("deadlineNeedsDate"));
        all.add(Detail.of("afterEvent"));
        for (DecreeNumberParseException.ErrorType type : DecreeNumberParseException.ErrorType.values()) {
            all.add(WarningDetails.numberRefused(type));
        }
        all.add(WarningDetails.numberingGap(ClauseNumber.parse("3"), ClauseNumber.parse("2")));
        all.add(WarningDetails.missingParent(ClauseNumber.parse("2")));
        all.add(WarningDetails.tooDeep());
        all.add(WarningDetails.partOutOfRange());
        for (WarningDetails.Fixed fixed : WarningDetails.Fixed.values()) {
            all.add(WarningDetails.fixed(fixed));
        }
        all.add(Detail.of("tooManyWarnings", "1000"));
        return all;
    }

    @Test
    void everyDetailHasARussianTextInCyrillicAndAnEnglishTextInLatin() {
        for (Detail detail : everyDetail()) {
            String ru = WarningDetailTexts.render(detail, RU);
            String en = WarningDetailTexts.render(detail, Locale.ENGLISH);
            assertThat(ru).as("ru %s", detail).isNotEqualTo(detail.toString()).containsPattern("[а-яё]")
                    .doesNotContainPattern("[A-Za-z]{2,}").doesNotContain("{");
            assertThat(en).as("en %s", detail).isNotEqualTo(detail.toString()).containsPattern("[a-z]")
                    .doesNotContainPattern("[А-Яа-яЁё]").doesNotContain("{");
        }
    }

    @Test
    void countsTakeTheirPluralForm() {
        assertThat(WarningDetailTexts.render(WarningDetails.subClausesLeftOut(1), RU)).isEqualTo("пропущен 1 подпункт");
        assertThat(WarningDetailTexts.render(WarningDetails.subClausesLeftOut(3), RU)).isEqualTo("пропущено 3 подпункта");
        assertThat(WarningDetailTexts.render(WarningDetails.subClausesLeftOut(11), RU))
                .isEqualTo("пропущено 11 подпунктов");
        assertThat(WarningDetailTexts.render(WarningDetails.subClausesLeftOut(1), Locale.ENGLISH))
                .isEqualTo("1 sub-clause left out");
        assertThat(WarningDetailTexts.render(WarningDetails.subClausesLeftOut(2), Locale.ENGLISH))
                .isEqualTo("2 sub-clauses left out");
    }

    @Test
    void constantsAreNamedByTheirOwnDescriptions() {
        assertThat(WarningDetailTexts.render(WarningDetails.issuerDisagrees(BodyKind.PRESIDIUM, BodyKind.COMMITTEE), RU))
                .isEqualTo("в формуле — президиум, в шапке — комитет");
        assertThat(WarningDetailTexts.render(
                WarningDetails.deadlineRefused(DeadlineParseException.ErrorType.UNSUPPORTED), Locale.ENGLISH))
                .isEqualTo(DeadlineParseException.ErrorType.UNSUPPORTED.description(Locale.ENGLISH));
    }

    @Test
    void aDetailThisVersionDoesNotKnowIsPrintedNotDropped() {
        Detail unknown = Detail.of("fromANewerVersion", "7");
        Detail badArgument = Detail.of(WarningDetails.NUMBER_REFUSED, "NO_SUCH_TYPE");

        assertThat(WarningDetailTexts.render(unknown, RU)).isEqualTo("fromANewerVersion|7");
        assertThat(WarningDetailTexts.render(badArgument, Locale.ENGLISH)).isEqualTo("numberRefused|NO_SUCH_TYPE");
        assertThat(WarningDetailTexts.render(Detail.none(), RU)).isEmpty();
    }

    @Test
    void theBundlesHoldTheSameDetailKeysAndNoKeyThatNothingProduces() {
        Set<String> produced = new TreeSet<>();
        for (Detail detail : everyDetail()) {
            produced.add("detail." + detail.key());
        }
        Set<String> english = detailKeys("warnings_en.properties");
        Set<String> russian = detailKeys("warnings_ru.properties");
        Set<String> englishBases = bases(english);
        assertThat(englishBases).isEqualTo(produced);
        assertThat(bases(russian)).isEqualTo(produced);
        assertThat(russian).filteredOn(k -> k.endsWith(".other")).isEmpty();
        assertThat(english).filteredOn(k -> k.endsWith(".few") || k.endsWith(".many")).isEmpty();
    }

    /** The keys of one bundle file itself, without those it inherits from the base bundle. */
    private static Set<String> detailKeys(String file) {
        Properties properties = new Properties();
        try (InputStream in = WarningDetailTextsTest.class.getResourceAsStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("detail.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<String> bases(Set<String> keys) {
        Set<String> bases = new TreeSet<>();
        for (String key : keys) {
            bases.add(key.replaceAll("\\.(one|few|many|other)$", ""));
        }
        return bases;
    }
}
