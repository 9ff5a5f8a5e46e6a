package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.Term;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.NumberingScheme;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.rules.Fixtures;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.RuleSet;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.model.decree.DecreeNumberAllocator;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class DecreeRulesTest {

    private static final Body BODY = Body.of(BodyKind.COMMITTEE, SeedResolutions.ASTRAKHAN);
    private static final Term TERM = Term.of(8, LocalDate.of(2020, 1, 1), Period.ofYears(5));
    private static final RuleSet<DecreeRegister> RULES = RuleSet.of(DecreeRules.registerRules());

    static Resolution decree(String number, LocalDate date) {
        return Resolution.builder().from(SeedResolutions.astrakhan3of1()).number(DecreeNumber.parse(number))
                .adopted(LocalDateRange.ofClosed(date, date)).build();
    }

    @Test
    void allocatedNumbersFormAValidRegister() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 50; n++) {
            DecreeNumberAllocator allocator = DecreeNumberAllocator.startOf(BODY, TERM, NumberingScheme.MEETING_ITEM);
            List<Resolution> register = new ArrayList<>();
            LocalDate date = LocalDate.of(2020, 2, 1);
            for (int m = 1 + random.nextInt(6); m > 0; m--) {
                allocator = allocator.nextMeeting();
                date = date.plusDays(1 + random.nextInt(60));
                for (int q = 1 + random.nextInt(5); q > 0; q--) {
                    DecreeNumberAllocator.Allocation a = allocator.nextQuestion();
                    register.add(decree(a.number().toString(), date));
                    allocator = a.next();
                }
            }
            ValidationReport report = RULES.check(DecreeRegister.of(BODY, TERM, register), RuleContext.of(date));
            assertThat(report.violations()).isEmpty();
            DecreeNumberAllocator resumed = DecreeNumberAllocator.resumeAfter(BODY, TERM, NumberingScheme.MEETING_ITEM,
                    register.stream().map(r -> r.number().orElseThrow()).toList());
            assertThat(resumed.nextQuestion().number()).isEqualTo(allocator.nextQuestion().number());
        }
    }

    @Test
    void duplicatesGapsSplitDatesOrderSchemesBodiesAndTermsAreReported() {
        LocalDate d1 = LocalDate.of(2020, 12, 18);
        LocalDate d2 = LocalDate.of(2021, 3, 1);
        Resolution foreign = Resolution.builder().from(decree("4-3", d2))
                .issuer(Body.of(BodyKind.PRESIDIUM, SeedResolutions.ASTRAKHAN)).build();
        List<Resolution> register = List.of(decree("3-1", d1), decree("3-1", d1), decree("3-3", d1),
                decree("3-4", d2), decree("2-1", d2), decree("4-1", LocalDate.of(2021, 4, 1)),
                decree("4-2", LocalDate.of(2021, 4, 1)), foreign, decree("07", LocalDate.of(2026, 1, 1)));
        ValidationReport report = RULES.check(DecreeRegister.of(BODY, TERM, register), RuleContext.of(d2));
        assertThat(report.withCode(Codes.DECREE_DUPLICATE_NUMBER).size()).isEqualTo(1);
        assertThat(report.withCode(Codes.DECREE_QUESTION_GAP).violations())
                .anySatisfy(v -> assertThat(v.argument("missing")).contains("2"));
        assertThat(report.withCode(Codes.DECREE_MEETING_DATES).size()).isEqualTo(2);
        assertThat(report.withCode(Codes.DECREE_MEETING_ORDER).size()).isEqualTo(1);
        assertThat(report.withCode(Codes.DECREE_MIXED_SCHEMES).violations()).singleElement()
                .satisfies(v -> assertThat(v.argument("number")).contains("07"));
        assertThat(report.withCode(Codes.DECREE_FOREIGN_BODY).size()).isEqualTo(1);
        assertThat(report.withCode(Codes.DECREE_OUTSIDE_TERM).size()).isEqualTo(1);
    }

    @Test
    void aNumberOfAnotherMeetingIsReported() {
        Resolution seed = SeedResolutions.astrakhan3of1();
        io.github.unionkit.model.meeting.Meeting meeting = io.github.unionkit.model.meeting.Meeting.builder()
                .body(BODY).kind(io.github.unionkit.model.meeting.MeetingKind.PLENUM).number(4)
                .dates(seed.adopted().orElseThrow()).build();
        Resolution wrong = Resolution.builder().from(seed).meeting(meeting).build();
        RuleContext context = RuleContext.of(Fixtures.DOC_DATE);
        assertThat(DecreeRules.numberMatchesMeeting().check(wrong, context)).hasSize(1);
        Resolution right = Resolution.builder().from(seed)
                .meeting(io.github.unionkit.model.meeting.Meeting.builder().from(meeting).number(3).build()).build();
        assertThat(DecreeRules.numberMatchesMeeting().check(right, context)).isEmpty();
    }

    @Test
    void anAdoptedDecreeWithoutNumberDateOrIssuerIsAnErrorNamingEachElement() {
        Resolution seed = SeedResolutions.astrakhan3of1();
        Resolution unread = Resolution.builder().from(seed).number(java.util.Optional.empty())
                .adopted(java.util.Optional.empty()).issuerKind(java.util.Optional.empty()).build();
        RuleContext context = RuleContext.of(Fixtures.DOC_DATE);

        assertThat(DecreeRules.requiredElements().check(seed, context)).isEmpty();
        assertThat(DecreeRules.requiredElements().check(unread, context))
                .extracting(v -> v.path().toString()).containsExactly("number", "adopted", "issuerKind");
        assertThat(DecreeRules.requiredElements().check(unread, context).get(0).message(java.util.Locale.ENGLISH))
                .contains("does not state its number");
        ValidationReport report = Catalogue.resolution().check(unread, context);
        assertThat(report.isValid()).isFalse();
        // The rules that need the date say they did not run, instead of passing silently.
        assertThat(report.codes()).contains(Codes.DECREE_MISSING_ELEMENT, Codes.RULE_NO_DOCUMENT_DATE);
    }

    @Test
    void aDraftNeedsNoNumberOrDateButAnIssuerStill() {
        Resolution draft = Resolution.builder().from(SeedResolutions.astrakhan3of1()).draft(true)
                .number(java.util.Optional.empty()).adopted(java.util.Optional.empty()).build();

        assertThat(DecreeRules.requiredElements().check(draft, RuleContext.of(Fixtures.DOC_DATE))).isEmpty();
        assertThat(DecreeRules.requiredElements().check(Resolution.builder().from(draft)
                .issuerKind(java.util.Optional.empty()).build(), RuleContext.of(Fixtures.DOC_DATE))).hasSize(1);
    }

    @Test
    void aMissingTitleOrFormulaIsAWarningInBothLanguages() {
        Resolution bare = Resolution.builder().from(SeedResolutions.astrakhan3of1()).title(java.util.Optional.empty())
                .operativeFormula(java.util.Optional.empty()).build();

        assertThat(DecreeRules.titleAndFormula().check(bare, RuleContext.of(Fixtures.DOC_DATE)))
                .extracting(v -> v.path().toString()).containsExactly("title", "operativeFormula");
        assertThat(DecreeRules.titleAndFormula().check(bare, RuleContext.of(Fixtures.DOC_DATE)).get(0)
                .message(java.util.Locale.forLanguageTag("ru"))).contains("нет элемента");
        assertThat(DecreeRules.titleAndFormula().check(SeedResolutions.astrakhan3of1(),
                RuleContext.of(Fixtures.DOC_DATE))).isEmpty();
    }

    @Test
    void registerRulesSkipDecreesWithoutNumberOrDateInsteadOfInventingThem() {
        Resolution seed = SeedResolutions.astrakhan3of1();
        Resolution unnumbered = Resolution.builder().from(seed).number(java.util.Optional.empty()).build();
        Body body = seed.issuer().orElseThrow();
        ValidationReport report = RuleSet.of(DecreeRules.registerRules()).check(
                DecreeRegister.of(body, List.of(seed, unnumbered)),
                RuleContext.of(Fixtures.DOC_DATE));

        assertThat(report.violations()).isEmpty();
    }
}
