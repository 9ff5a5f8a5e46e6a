package io.github.unionkit.testkit;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.ControlClause;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.Signatory;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.time.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.threeten.extra.LocalDateRange;

/**
 * Generators of valid resolutions and their parts — clause trees, assignments, assignees, size bands,
 * references — and of near-miss invalid clause trees and resolutions that the model must reject.
 *
 * <p>Generated texts are Russian words joined by single spaces, so they are already whitespace-
 * normalised; {@link #messy(String, RandomGenerator)} adds whitespace noise for normalisation
 * properties. Clause trees are at most {@link #MAX_DEPTH} levels deep with at most
 * {@link #MAX_CHILDREN} children per clause, so a generated resolution stays small enough for
 * hundreds of examples per second. Persons' names come from {@link #personNames()}, so a test can
 * check that none of them leaks into a {@code toString()}.
 *
 * <p>All generators are stateless and draw only from the {@link RandomGenerator} they are given, so a
 * seed reproduces every value.
 */
public final class ResolutionGenerators {

    // Signatures as decrees print them: a position in the nominative, which is how a reader finds them.
    private static final String[] POSITIONS = {
        "Председатель", "Председатель организации", "Председатель областной организации Профсоюза",
        "Заместитель председателя", "Председатель первичной профсоюзной организации", "Секретарь",
        "Председатель районной организации Профсоюза", "И.о. председателя"};

    /** The deepest clause number generated: 3 components, as in "3.1.1". */
    public static final int MAX_DEPTH = 3;

    /** The most children a generated clause has. */
    public static final int MAX_CHILDREN = 4;

    /** The most top-level clauses a generated resolution has. */
    public static final int MAX_TOP_LEVEL = 7;

    private static final List<String> WORDS = List.of(
            "организовать", "проведение", "обучающих", "семинаров", "для", "профактива", "организации",
            "по", "документам", "Профсоюза", "образования", "в", "системе", "АИС", "реестра", "членов",
            "территориальным", "первичным", "организациям", "работу", "участие", "мероприятиях", "конкурсах",
            "«Профсоюз", "–", "территория", "здоровья»", "2021", "года", "VIII", "съезда", "Устава", "и",
            "Положениями", "централизованное", "бухгалтерское", "обслуживание", "тыс.членов");

    private static final List<String> VERBS = List.of(
            "Организовать", "Инициировать", "Продолжить работу", "Принимать", "Осуществлять", "Уделять",
            "ознакомить", "провести", "Обеспечить", "Рассмотреть");

    private static final List<String> SURNAMES = List.of(
            "Бугрееву", "Иванову", "Петрову", "Сидоренко", "Кузнецову", "Смирновой", "Даниленко");

    private static final List<String> INITIALS = List.of("Т.М.", "И.И.", "С.Н.", "А.В.", "Е.П.");

    private static final List<String> PLACES = List.of("г. Астрахань", "г. Краснодар", "г. Москва", "с. Енотаевка");

    private static final List<String> BULLETS_END = List.of(";", ".", "");

    private static final String NOISE = "  \t\n\r\u00A0\u2007\u202F";

    private ResolutionGenerators() {
    }

    /**
     * Returns whitespace-normalised, non-blank texts of 1 to 12 words.
     *
     * @return the generator
     */
    public static Generator<String> texts() {
        return texts(1, 12);
    }

    /**
     * Returns {@code text} with random whitespace noise: leading and trailing runs, and some single
     * spaces widened to runs of spaces, tabs, line breaks and no-break spaces. Normalising the result
     * gives back {@code text} if {@code text} was normalised.
     *
     * @param text the text, not null
     * @param random the source of randomness, not null
     * @return the noisy text
     */
    public static String messy(String text, RandomGenerator random) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(noise(random));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && random.nextBoolean()) {
                out.append(noise(random)).append(NOISE.charAt(random.nextInt(NOISE.length())));
            } else {
                out.append(c);
            }
        }
        return out.append(noise(random)).toString();
    }

    /**
     * Returns names of persons in the dative case with initials, as resolutions write them
     * ("Бугрееву Т.М.").
     *
     * @return the generator
     */
    public static Generator<String> personNames() {
        return random -> pick(SURNAMES, random) + " " + pick(INITIALS, random);
    }

    /**
     * Returns organization references, resolved to an id about half of the time.
     *
     * @return the generator
     */
    public static Generator<OrganizationRef> organizationRefs() {
        return random -> {
            String name = texts(1, 5).generate(random);
            return random.nextBoolean() ? OrganizationRef.of(name)
                    : OrganizationRef.of(name, OrganizationGenerators.organizationIds().generate(random));
        };
    }

    /**
     * Returns assignees of every kind, uniformly by kind.
     *
     * @return the generator
     */
    public static Generator<Assignee> assignees() {
        return random -> {
            switch (random.nextInt(6)) {
                case 0:
                    return Assignee.bodyOf(pick(BodyKind.values(), random), organizationRefs().generate(random));
                case 1:
                    return Assignee.organization(organizationRefs().generate(random));
                case 2:
                    return Assignee.organizations(organizationRefs().list(2, 5).generate(random));
                case 3:
                    // Index 0 is NATIONAL, which AllOf rejects.
                    return Assignee.allOf(OrganizationLevel.values()[random.nextInt(1, OrganizationLevel.values().length)]);
                case 4: {
                    OfficerRole role = pick(OfficerRole.values(), random);
                    OrganizationRef organization = organizationRefs().generate(random);
                    String office = texts(1, 3).generate(random);
                    return random.nextBoolean() ? Assignee.officer(role, organization, office)
                            : Assignee.officer(role, organization, office,
                                    Assignee.person(personNames().generate(random)));
                }
                default:
                    return Assignee.person(personNames().generate(random));
            }
        };
    }

    /**
     * Returns assignments to 1 to 3 assignees with deadlines of every kind, unspecified about a third
     * of the time.
     *
     * @return the generator
     */
    public static Generator<Assignment> assignments() {
        return random -> Assignment.of(assignees().list(1, 3).generate(random), pick(VERBS, random),
                texts().generate(random),
                random.nextInt(3) == 0 ? Deadline.unspecified()
                        : DeadlineGenerators.deadlines().generate(random));
    }

    /**
     * Returns size bands with bounded or open ranges and 0 to 6 listed organizations.
     *
     * @return the generator
     */
    public static Generator<SizeBand> sizeBands() {
        return random -> {
            int bound = random.nextInt(0, 5_001);
            MembershipRange range;
            switch (random.nextInt(3)) {
                case 0:
                    range = MembershipRange.atMost(bound);
                    break;
                case 1:
                    range = MembershipRange.moreThan(bound);
                    break;
                default:
                    range = MembershipRange.between(bound, bound + random.nextInt(0, 5_001));
                    break;
            }
            return SizeBand.of(range, DeadlineGenerators.deadlines().generate(random),
                    organizationRefs().list(0, 6).generate(random), texts(2, 8).generate(random));
        };
    }

    /**
     * Returns valid clause subtrees rooted at {@code number}: children numbered consecutively from 1,
     * never deeper than {@link #MAX_DEPTH} components; each clause has 0 to 3 bullet items, an
     * assignment about half of the time and size bands about a tenth of the time.
     *
     * @param number the root's number, not null
     * @return the generator
     */
    public static Generator<Clause> clauses(ClauseNumber number) {
        Objects.requireNonNull(number, "number");
        return random -> clause(number, random);
    }

    /**
     * Returns valid lists of top-level clauses numbered 1 to n, n from 1 to {@link #MAX_TOP_LEVEL}.
     *
     * @return the generator
     */
    public static Generator<List<Clause>> clauseTrees() {
        return random -> {
            int count = random.nextInt(1, MAX_TOP_LEVEL + 1);
            List<Clause> clauses = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                clauses.add(clause(ClauseNumber.of(i), random));
            }
            return List.copyOf(clauses);
        };
    }

    /**
     * Returns closed date ranges of 1 to 3 days within the dates of {@link DeadlineGenerators#dates()}.
     *
     * @return the generator
     */
    public static Generator<LocalDateRange> adoptionDates() {
        return random -> {
            LocalDate first = DeadlineGenerators.dates().generate(random);
            return LocalDateRange.ofClosed(first, first.plusDays(random.nextInt(3)));
        };
    }

    /**
     * Returns decree references, with a named issuer about two times in three.
     *
     * @return the generator
     */
    public static Generator<DecreeReference> references() {
        return random -> {
            DecreeNumber number = NumberGenerators.decreeNumbers().generate(random);
            LocalDateRange dates = adoptionDates().generate(random);
            String asWritten = "№ " + number + " от " + dates.getStart();
            if (random.nextInt(3) == 0) {
                return DecreeReference.of(number, dates.getStart(), asWritten);
            }
            String issuer = texts(1, 5).generate(random);
            return DecreeReference.of(issuer, pick(BodyKind.values(), random), number, dates,
                    issuer + " " + asWritten);
        };
    }

    /**
     * Returns valid resolutions: any issuer, 1 to {@link #MAX_TOP_LEVEL} top-level clause trees, 0 to 2
     * references and attachments, and optional place, control clause (on one of the clauses, with its
     * text) and signatory (named about half of the time); a third carry a meeting, whose body is then the
     * issuer.
     *
     * @return the generator
     */
    public static Generator<Resolution> resolutions() {
        return random -> {
            List<Clause> clauses = clauseTrees().generate(random);
            Optional<Meeting> meeting = random.nextInt(3) == 0
                    ? Optional.of(MeetingGenerators.meetings().generate(random)) : Optional.empty();
            Body issuer = meeting.isPresent() ? meeting.get().body() : MeetingGenerators.bodies().generate(random);
            Resolution.Builder builder = Resolution.builder()
                    .issuer(issuer)
                    .meeting(meeting)
                    .issuerName(texts(1, 6).generate(random))
                    .headerLines(texts(1, 8).list(0, 4).generate(random))
                    .number(NumberGenerators.decreeNumbers().generate(random))
                    .adopted(adoptionDates().generate(random))
                    .title(texts().generate(random))
                    .preamble(texts(5, 30).list(0, 3).generate(random))
                    .operativeFormula(texts(2, 5).generate(random) + " постановляет:")
                    .clauses(clauses)
                    .references(references().list(0, 2).generate(random))
                    .attachments(attachments().list(0, 2).generate(random));
            if (random.nextBoolean()) {
                builder.place(pick(PLACES, random));
            }
            if (random.nextBoolean()) {
                List<Clause> all = new ArrayList<>();
                clauses.forEach(c -> all.addAll(c.depthFirst()));
                Clause control = pick(all, random);
                builder.controlClause(ControlClause.of(control.number(), assignees().generate(random), control.text()));
            }
            if (random.nextBoolean()) {
                String position = POSITIONS[random.nextInt(POSITIONS.length)];
                builder.signatory(random.nextBoolean() ? Signatory.of(position)
                        : Signatory.of(position, personNames().generate(random)));
            }
            return builder.build();
        };
    }

    /**
     * Returns near-miss invalid clause trees: a valid clause with valid children, one step from
     * valid — a child of another parent, a grandchild's number in a child's place, a top-level number
     * in a child's place, a blank text or a blank item. (A gap or a repeat in the numbering is valid:
     * it is kept as written and reported by the rules.)
     *
     * @return the generator
     */
    public static Generator<NearMiss> nearMissClauseTrees() {
        return random -> {
            ClauseNumber number = parentNumber(random);
            String text = texts().generate(random);
            List<Clause> children = children(number, 2, random);
            int n = children.size();
            int i = random.nextInt(n);
            List<Clause> broken = new ArrayList<>(children);
            ErrorType expected;
            String description;
            switch (random.nextInt(5)) {
                case 0:
                    broken.set(i, renumber(children.get(i), number.next().child(i + 1)));
                    expected = ErrorType.CHILD_NOT_DIRECT;
                    description = "child " + (i + 1) + " numbered " + number.next().child(i + 1);
                    break;
                case 1:
                    broken.set(i, Clause.of(number.child(i + 1).child(1), texts().generate(random)));
                    expected = ErrorType.CHILD_NOT_DIRECT;
                    description = "child " + (i + 1) + " numbered " + number.child(i + 1).child(1);
                    break;
                case 2:
                    broken.set(i, renumber(children.get(i), ClauseNumber.of(number.depth() == 1 ? 99 : 98)));
                    expected = ErrorType.CHILD_NOT_DIRECT;
                    description = "child " + (i + 1) + " numbered as a top-level clause";
                    break;
                case 3:
                    text = blank(random);
                    expected = ErrorType.BLANK_TEXT;
                    description = "blank text";
                    break;
                default: {
                    List<String> items = new ArrayList<>(texts().list(0, 2).generate(random));
                    items.add(random.nextInt(items.size() + 1), blank(random));
                    String clauseText = text;
                    List<Clause> kids = List.copyOf(children);
                    List<String> badItems = List.copyOf(items);
                    return new NearMiss("blank item under " + number, ErrorType.BLANK_TEXT,
                            () -> Clause.builder().number(number).text(clauseText).items(badItems).children(kids)
                                    .build());
                }
            }
            String clauseText = text;
            List<Clause> kids = List.copyOf(broken);
            return new NearMiss(description + " under " + number, expected,
                    () -> Clause.builder().number(number).text(clauseText).children(kids).build());
        };
    }

    /**
     * Returns near-miss invalid resolutions: a valid resolution one step from valid — a nested
     * number at the top level; adoption dates empty or unbounded; a control clause on a clause that does
     * not exist; a blank title.
     *
     * @return the generator
     */
    public static Generator<NearMiss> nearMissResolutions() {
        return random -> {
            Resolution valid = resolutions().generate(random);
            List<Clause> clauses = valid.clauses();
            int n = clauses.size();
            ErrorType expected;
            String description;
            UnaryOperator<Resolution.Builder> change;
            switch (random.nextInt(4)) {
                case 0: {
                    Clause nested = Clause.of(ClauseNumber.of(n + 1, 1), texts().generate(random));
                    change = b -> b.addClauses(nested);
                    expected = ErrorType.TOP_LEVEL_NOT_ROOT;
                    description = "top-level clause numbered " + nested.number();
                    break;
                }
                case 1: {
                    LocalDate day = valid.documentDate().orElseThrow();
                    LocalDateRange[] open = {LocalDateRange.of(day, day), LocalDateRange.ofUnboundedEnd(day),
                        LocalDateRange.ofUnboundedStart(day.plusDays(1))};
                    LocalDateRange dates = open[random.nextInt(open.length)];
                    change = b -> b.adopted(dates);
                    expected = ErrorType.DATES_NOT_CLOSED;
                    description = "adopted " + dates;
                    break;
                }
                case 2: {
                    ClauseNumber missing = random.nextBoolean() ? ClauseNumber.of(n + 1)
                            : clauses.get(random.nextInt(n)).number().child(MAX_CHILDREN + 1);
                    ControlClause control = ControlClause.of(missing, assignees().generate(random),
                            texts().generate(random));
                    change = b -> b.controlClause(control);
                    expected = ErrorType.UNKNOWN_CONTROL_CLAUSE;
                    description = "control clause " + missing;
                    break;
                }
                default: {
                    String title = blank(random);
                    change = b -> b.title(title);
                    expected = ErrorType.BLANK_TEXT;
                    description = "blank title";
                    break;
                }
            }
            return new NearMiss(description, expected, () -> change.apply(Resolution.builder().from(valid)).build());
        };
    }

    /**
     * Returns attachments, with a reference about half of the time.
     *
     * @return the generator
     */
    public static Generator<Attachment> attachments() {
        return random -> random.nextBoolean() ? Attachment.of(texts(1, 6).generate(random))
                : Attachment.of(texts(1, 6).generate(random), "Приложение № " + random.nextInt(1, 10));
    }

    /**
     * A near-miss invalid input: a build that must fail with an
     * {@link io.github.unionkit.model.decree.InvalidResolutionException} of the expected type.
     *
     * @param description the defect in readable form, e.g. {@code "children numbered from 2 under 3.1"}
     * @param expected the error type the build must raise
     * @param attempt the build; it must throw rather than return
     */
    public record NearMiss(String description, ErrorType expected, Supplier<?> attempt) {

        /**
         * Creates a near miss.
         *
         * @param description the defect in readable form, not null
         * @param expected the error type the build must raise, not null
         * @param attempt the build, not null
         */
        public NearMiss {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(attempt, "attempt");
        }

        /**
         * Returns the description and the expected error type, for failure reports.
         *
         * @return e.g. {@code "blank title -> BLANK_TEXT"}
         */
        @Override
        public String toString() {
            return description + " -> " + expected;
        }
    }

    /**
     * Returns a copy of {@code clause} renumbered to {@code number}, its descendants renumbered to
     * match, so the copy is a valid subtree rooted at {@code number}.
     *
     * @param clause the clause, not null
     * @param number the new number, not null
     * @return the renumbered subtree
     */
    public static Clause renumber(Clause clause, ClauseNumber number) {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(number, "number");
        List<Clause> children = new ArrayList<>(clause.children().size());
        for (int i = 0; i < clause.children().size(); i++) {
            children.add(renumber(clause.children().get(i), number.child(i + 1)));
        }
        return Clause.builder().from(clause).number(number).children(children).build();
    }

    private static Clause clause(ClauseNumber number, RandomGenerator random) {
        Clause.Builder builder = Clause.builder()
                .number(number)
                .text(texts().generate(random) + (random.nextBoolean() ? ":" : "."));
        int items = random.nextInt(4) == 0 ? random.nextInt(1, 4) : 0;
        for (int i = 0; i < items; i++) {
            builder.addItems(texts().generate(random) + pick(BULLETS_END, random));
        }
        if (random.nextBoolean()) {
            builder.assignment(assignments().generate(random));
        }
        if (random.nextInt(10) == 0) {
            builder.sizeBands(sizeBands().list(1, 3).generate(random));
        }
        if (number.depth() < MAX_DEPTH && random.nextInt(number.depth() + 1) == 0) {
            builder.children(children(number, 1, random));
        }
        return builder.build();
    }

    private static List<Clause> children(ClauseNumber parent, int min, RandomGenerator random) {
        int count = random.nextInt(min, MAX_CHILDREN + 1);
        List<Clause> children = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            children.add(clause(parent.child(i), random));
        }
        return List.copyOf(children);
    }

    private static ClauseNumber parentNumber(RandomGenerator random) {
        ClauseNumber number = ClauseNumber.of(random.nextInt(1, 10));
        return random.nextBoolean() ? number : number.child(random.nextInt(1, 10));
    }

    private static Generator<String> texts(int minWords, int maxWords) {
        return random -> {
            int count = random.nextInt(minWords, maxWords + 1);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(pick(WORDS, random));
            }
            return text.toString();
        };
    }

    private static String blank(RandomGenerator random) {
        return noise(random);
    }

    private static String noise(RandomGenerator random) {
        int length = random.nextInt(3);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return out.toString();
    }

    private static <T> T pick(List<T> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T pick(T[] values, RandomGenerator random) {
        return values[random.nextInt(values.length)];
    }
}
