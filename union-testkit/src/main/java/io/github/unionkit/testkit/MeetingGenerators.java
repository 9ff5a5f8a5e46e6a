package io.github.unionkit.testkit;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.Term;
import io.github.unionkit.model.meeting.AgendaItem;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.meeting.MeetingKind;
import io.github.unionkit.model.meeting.VoteTally;
import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.threeten.extra.LocalDateRange;

/**
 * Generators of bodies, terms, meetings with their agendas, and vote tallies.
 *
 * <p>Meetings are realistic rather than uniform: plenums, congresses and conferences usually carry a
 * Roman ordinal, sessions usually a number within the term; congresses sometimes have a stage; most
 * meetings last one day, some two or three; agendas have 0 to 6 items numbered 1 to n, titled with
 * questions from the seed documents. Dates fall in 2000–2040. Organization identifiers look like
 * {@code ru.region-12.top-3}.
 *
 * <p>All generators are stateless and draw only from the {@link RandomGenerator} they are given, so a
 * seed reproduces every value.
 */
public final class MeetingGenerators {

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2040, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

    private static final List<String> AGENDA_TITLES = List.of(
            "Об итогах работы VIII съезда Общероссийского Профсоюза образования",
            "Открытый (публичный) отчёт о деятельности организации",
            "О переименовании организации и внесении изменений в сведения ЕГРЮЛ",
            "Об утверждении Регламента Комитета",
            "О выборах делегатов на IX Съезд Общероссийского Профсоюза образования",
            "О переходе на централизованный бухгалтерский учёт",
            "О ведении единого электронного реестра членов Профсоюза в АИС",
            "Разное");

    private static final List<String> PLACES = List.of("г. Астрахань", "г. Краснодар",
            "краевой Дом работников образования", "г. Москва", "с. Черный Яр");

    private MeetingGenerators() {
    }

    /**
     * Returns organization identifiers of the shape {@code ru}, {@code ru.region-N} or
     * {@code ru.region-N.top-M}.
     *
     * @return the generator
     */
    public static Generator<OrganizationId> organizationIds() {
        return random -> {
            switch (random.nextInt(3)) {
                case 0:
                    return OrganizationId.of("ru");
                case 1:
                    return OrganizationId.of("ru.region-" + random.nextInt(1, 90));
                default:
                    return OrganizationId.of("ru.region-" + random.nextInt(1, 90) + ".top-" + random.nextInt(1, 40));
            }
        };
    }

    /**
     * Returns bodies of any kind of generated organizations.
     *
     * @return the generator
     */
    public static Generator<Body> bodies() {
        Generator<OrganizationId> ids = organizationIds();
        BodyKind[] kinds = BodyKind.values();
        return random -> Body.of(kinds[random.nextInt(kinds.length)], ids.generate(random));
    }

    /**
     * Returns terms numbered 1 to 20, starting in 2000–2040 and lasting five years (as in the
     * education union) or, now and then, 1 to 6 years.
     *
     * @return the generator
     */
    public static Generator<Term> terms() {
        return random -> Term.of(random.nextInt(1, 21), day(random),
                Period.ofYears(random.nextInt(4) == 0 ? random.nextInt(1, 7) : 5));
    }

    /**
     * Returns agendas of 0 to 6 items numbered 1 to n.
     *
     * @return the generator; its lists are unmodifiable
     */
    public static Generator<List<AgendaItem>> agendas() {
        return random -> {
            int size = random.nextInt(7);
            List<AgendaItem> items = new ArrayList<>(size);
            for (int i = 1; i <= size; i++) {
                items.add(AgendaItem.of(i, AGENDA_TITLES.get(random.nextInt(AGENDA_TITLES.size()))));
            }
            return List.copyOf(items);
        };
    }

    /**
     * Returns valid meetings of every kind; see the class description for their shape.
     *
     * @return the generator
     */
    public static Generator<Meeting> meetings() {
        Generator<Body> bodies = bodies();
        Generator<List<AgendaItem>> agendas = agendas();
        MeetingKind[] kinds = MeetingKind.values();
        return random -> {
            MeetingKind kind = kinds[random.nextInt(kinds.length)];
            boolean ordinal = kind == MeetingKind.PLENUM || kind == MeetingKind.CONGRESS
                    || kind == MeetingKind.CONFERENCE;
            LocalDate first = day(random);
            int days = random.nextInt(4) == 0 ? random.nextInt(2, 4) : 1;
            Meeting.Builder builder = Meeting.builder()
                    .body(bodies.generate(random))
                    .kind(kind)
                    .dates(LocalDateRange.ofClosed(first, first.plusDays(days - 1L)))
                    .agenda(agendas.generate(random));
            if (ordinal ? random.nextInt(5) != 0 : random.nextInt(5) == 0) {
                builder.ordinal(NumberGenerators.romanNumerals().generate(random));
            }
            if (!ordinal ? random.nextInt(5) != 0 : random.nextInt(5) == 0) {
                builder.number(random.nextInt(1, 61));
            }
            if (kind == MeetingKind.CONGRESS && random.nextBoolean()) {
                builder.stage(random.nextInt(1, 4));
            }
            if (random.nextBoolean()) {
                builder.place(PLACES.get(random.nextInt(PLACES.size())));
            }
            return builder.build();
        };
    }

    /**
     * Returns vote tallies of 1 to 300 voters; about a third are unanimous.
     *
     * @return the generator
     */
    public static Generator<VoteTally> voteTallies() {
        return random -> {
            int voters = random.nextInt(1, 301);
            if (random.nextInt(3) == 0) {
                return VoteTally.unanimous(voters);
            }
            int against = random.nextInt(voters + 1);
            int abstained = random.nextInt(voters - against + 1);
            return VoteTally.of(voters - against - abstained, against, abstained);
        };
    }

    private static LocalDate day(RandomGenerator random) {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }
}
