package io.github.unionkit.testkit;

import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.Transfer;
import io.github.unionkit.model.member.MembershipInterruption;
import io.github.unionkit.model.member.CategoryChange;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.MembershipRegistry;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of members and membership registries: ids, card numbers, Cyrillic names (with ё),
 * categories consistent with the member's primary organization (students only in vocational and
 * higher-education organizations), admission, exit and birth dates that satisfy the member's
 * invariants, and near-miss invalid members (exit before admission, birth after admission, duplicate
 * ids).
 *
 * <p>Admission dates fall between {@link #MIN_ADMISSION} and {@link #MAX_ADMISSION}; about a third of
 * the members have left, with a reason that fits their category. Generated personal data is fictitious.
 * All generators are stateless and draw only from the {@link RandomGenerator} they are given, so a seed
 * reproduces every value.
 */
public final class MemberGenerators {

    /** The earliest admission date generated: 1 January 1990. */
    public static final LocalDate MIN_ADMISSION = LocalDate.of(1990, 1, 1);

    /** The latest admission date generated: 31 December 2025. */
    public static final LocalDate MAX_ADMISSION = LocalDate.of(2025, 12, 31);

    private static final List<String> MALE_FAMILY = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов",
            "Лебедев", "Козлов", "Новиков", "Морозов", "Петров", "Волков", "Фёдоров", "Алексеев", "Сёмин",
            "Даниленко", "Ковальчук", "Шевченко", "Гарипов", "Хабибуллин", "Цой");
    private static final List<String> MALE_GIVEN = List.of("Александр", "Сергей", "Дмитрий", "Андрей", "Алексей",
            "Пётр", "Фёдор", "Артём", "Семён", "Николай", "Рустам", "Ильдар", "Михаил", "Владимир");
    private static final List<String> FEMALE_GIVEN = List.of("Анна", "Елена", "Ольга", "Наталья", "Татьяна",
            "Алёна", "Юлия", "Светлана", "Ирина", "Гульнара", "Мария", "Дарья", "Ксения", "Людмила");
    // Patronymic stems: add "ич" for a man, "на" for a woman (Петрович, Михайловна).
    private static final List<String> FATHER_NAMES = List.of("Александров", "Сергеев", "Николаев", "Петров",
            "Иванов", "Фёдоров", "Михайлов", "Владимиров", "Андреев", "Артёмов", "Рустамов");

    private MemberGenerators() {
    }

    /**
     * Returns a generator of valid member ids: 1 to 64 characters, edge lengths included, sometimes in
     * the registry's {@code "RR-NNNNNN"} form.
     *
     * @return the id generator
     */
    public static Generator<MemberId> memberIds() {
        return random -> random.nextBoolean()
                ? MemberId.of(String.format("%02d-%06d", 1 + random.nextInt(99), random.nextInt(1_000_000)))
                : MemberId.of(OrganizationGenerators.identifierTexts().generate(random));
    }

    /**
     * Returns a generator of card numbers of 6 to 20 digits, 16 most often.
     *
     * @return the card-number generator
     */
    public static Generator<CardNumber> cardNumbers() {
        return random -> {
            int length = random.nextInt(3) == 0 ? CardNumber.MIN_DIGITS + random.nextInt(15) : 16;
            StringBuilder digits = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            return CardNumber.of(digits.toString());
        };
    }

    /**
     * Returns a generator of Russian names: family name, given name and (nine times in ten) patronymic,
     * in matching masculine or feminine forms, some with {@code ё}.
     *
     * @return the name generator
     */
    public static Generator<PersonName> personNames() {
        return random -> {
            boolean female = random.nextBoolean();
            String family = OrganizationGenerators.pick(random, MALE_FAMILY);
            if (female) {
                family = feminine(family);
            }
            String given = OrganizationGenerators.pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
            if (random.nextInt(10) == 0) {
                return PersonName.of(family, given);
            }
            return PersonName.of(family, given, patronymic(OrganizationGenerators.pick(random, FATHER_NAMES), female));
        };
    }

    /**
     * Returns a generator of exit reasons, uniformly.
     *
     * @return the reason generator
     */
    public static Generator<ExitReason> exitReasons() {
        return Generator.oneOf(ExitReason.values());
    }

    /**
     * Returns a generator of valid members of random primary organizations (ids from
     * {@link OrganizationGenerators#organizationIds()}), any category.
     *
     * @return the member generator
     */
    public static Generator<Member> members() {
        return random -> member(random, memberIds().generate(random),
                OrganizationGenerators.organizationIds().generate(random),
                OrganizationGenerators.pick(random, List.of(MemberCategory.values())));
    }

    /**
     * Returns a generator of valid members of the primary organizations of {@code tree}, with categories
     * consistent with the organization's kind: students only where
     * {@link io.github.unionkit.model.org.OrganizationKind#admitsStudents()} holds.
     *
     * @param tree a tree with at least one primary organization, not null
     * @return the member generator
     * @throws IllegalArgumentException if the tree has no primary organization
     */
    public static Generator<Member> members(OrganizationTree tree) {
        List<Organization> primaries = primaries(tree);
        return random -> memberOf(random, memberIds().generate(random), OrganizationGenerators.pick(random, primaries));
    }

    /**
     * Returns a generator of registries over the primary organizations of {@code tree}, with
     * {@code minSize} to {@code maxSize} members with unique ids and categories consistent with the
     * organizations' kinds.
     *
     * @param tree a tree with at least one primary organization, not null
     * @param minSize the fewest members, at least 0
     * @param maxSize the most members, at least {@code minSize}
     * @return the registry generator
     * @throws IllegalArgumentException if the bounds are invalid or the tree has no primary organization
     */
    public static Generator<MembershipRegistry> registries(OrganizationTree tree, int minSize, int maxSize) {
        return memberLists(tree, minSize, maxSize).map(MembershipRegistry::of);
    }

    /**
     * Returns a generator of member lists with unique ids, like {@link #registries} but as lists, for
     * code that consumes members one by one.
     *
     * @param tree a tree with at least one primary organization, not null
     * @param minSize the fewest members, at least 0
     * @param maxSize the most members, at least {@code minSize}
     * @return the generator of unmodifiable lists
     * @throws IllegalArgumentException if the bounds are invalid or the tree has no primary organization
     */
    public static Generator<List<Member>> memberLists(OrganizationTree tree, int minSize, int maxSize) {
        if (minSize < 0 || maxSize < minSize) {
            throw new IllegalArgumentException("invalid size bounds [" + minSize + ", " + maxSize + "]");
        }
        List<Organization> primaries = primaries(tree);
        return random -> {
            int size = minSize + random.nextInt(maxSize - minSize + 1);
            List<Member> members = new ArrayList<>(size);
            int start = random.nextInt(1_000);
            for (int i = 0; i < size; i++) {
                MemberId id = MemberId.of(String.format("m-%07d", start + i));
                members.add(memberOf(random, id, OrganizationGenerators.pick(random, primaries)));
            }
            OrganizationGenerators.shuffle(members, random);
            return Collections.unmodifiableList(members);
        };
    }

    /**
     * Returns a generator of dates near the membership dates of {@code member}: the admission and exit
     * dates, the days around them, and dates well before and after — the dates status is easiest to
     * get wrong on.
     *
     * @param member the member, not null
     * @return the date generator
     */
    public static Generator<LocalDate> datesAround(Member member) {
        Objects.requireNonNull(member, "member");
        return random -> {
            LocalDate anchor = member.exit().isPresent() && random.nextBoolean()
                    ? member.exit().get().date() : member.admissionDate();
            switch (random.nextInt(4)) {
                case 0:
                    return anchor;
                case 1:
                    return anchor.plusDays(random.nextInt(3) - 1);
                default:
                    return anchor.plusDays(random.nextInt(7301) - 3650);
            }
        };
    }

    /**
     * Returns a generator of builders that must fail to build: the exit date 1 to 1,000 days before the
     * admission date, or a birth date after the admission date. Each call yields a fresh builder.
     *
     * @return the generator of invalid builders
     */
    public static Generator<Member.Builder> invalidMemberBuilders() {
        return random -> {
            Member valid = members().generate(random).toBuilder().exit(Optional.empty()).build();
            Member.Builder builder = valid.toBuilder();
            LocalDate admitted = valid.admissionDate();
            int gap = 1 + random.nextInt(1000);
            switch (random.nextInt(7)) {
                case 0:
                    return builder.exit(MembershipExit.of(admitted.minusDays(gap), exitReasons().generate(random)));
                case 1:
                    return builder.birthDate(admitted.plusDays(gap));
                case 2: // an interruption that starts before the admission
                    return builder.addInterruptions(MembershipInterruption.of(MembershipExit.of(admitted.minusDays(gap),
                            exitReasons().generate(random)), admitted.plusDays(gap)));
                case 3: // a category change on the admission day
                    return builder.addCategoryChanges(CategoryChange.of(admitted, other(valid.category(), random)));
                case 4: // a transfer on the final exit
                    return builder.exit(MembershipExit.of(admitted.plusDays(gap), exitReasons().generate(random)))
                            .addTransfers(Transfer.of(admitted.plusDays(gap), OrganizationId.of("elsewhere")));
                case 5: // the current card listed as a former one
                    CardNumber card = cardNumbers().generate(random);
                    return builder.card(card).addFormerCards(card);
                default: // a change to the category the member already has
                    return builder.addCategoryChanges(CategoryChange.of(admitted.plusDays(gap), valid.category()));
            }
        };
    }

    /**
     * Returns a generator of valid members with a history: one to three spells (each break an exit with
     * a reason and a re-admission), up to two category changes and up to two transfers to other
     * organizations, all dated in order within the membership.
     *
     * @return the member generator
     */
    public static Generator<Member> membersWithHistory() {
        return random -> {
            Member base = members().generate(random).toBuilder().exit(Optional.empty()).build();
            Member.Builder builder = base.toBuilder();
            LocalDate day = base.admissionDate();
            int breaks = random.nextInt(3);
            for (int i = 0; i < breaks; i++) {
                LocalDate left = day.plusDays(1 + random.nextInt(900));
                day = left.plusDays(1 + random.nextInt(400));
                builder.addInterruptions(MembershipInterruption.of(MembershipExit.of(left, exitReasons().generate(random)),
                        day));
            }
            LocalDate change = base.admissionDate();
            MemberCategory category = base.category();
            for (int i = random.nextInt(3); i > 0; i--) {
                change = change.plusDays(1 + random.nextInt(700));
                category = other(category, random);
                builder.addCategoryChanges(CategoryChange.of(change, category));
            }
            LocalDate moved = base.admissionDate();
            OrganizationId organization = base.primaryOrganization();
            for (int i = random.nextInt(3); i > 0; i--) {
                moved = moved.plusDays(1 + random.nextInt(700));
                OrganizationId next = OrganizationGenerators.organizationIds().generate(random);
                if (!next.equals(organization)) {
                    builder.addTransfers(Transfer.of(moved, next));
                    organization = next;
                }
            }
            if (random.nextInt(4) == 0) {
                CardNumber former = cardNumbers().generate(random);
                if (!base.card().equals(Optional.of(former))) {
                    builder.addFormerCards(former);
                }
            }
            if (breaks == 0 && random.nextBoolean() || random.nextInt(4) == 0) {
                LocalDate last = java.util.stream.Stream.of(day, change, moved).max(LocalDate::compareTo).orElseThrow();
                builder.exit(MembershipExit.of(last.plusDays(1 + random.nextInt(500)), exitReasons().generate(random)));
            }
            return builder.build();
        };
    }

    private static MemberCategory other(MemberCategory category, java.util.random.RandomGenerator random) {
        MemberCategory[] all = MemberCategory.values();
        return all[(category.ordinal() + 1 + random.nextInt(all.length - 1)) % all.length];
    }

    /**
     * Returns a generator of member lists in which two members share an id (the second copy differs in
     * its other attributes), with the shared id; {@code MembershipRegistry.of} must reject them.
     *
     * @param tree a tree with at least one primary organization, not null
     * @return the generator of lists with exactly one duplicated id
     */
    public static Generator<List<Member>> membersWithDuplicateId(OrganizationTree tree) {
        Generator<List<Member>> lists = memberLists(tree, 1, 30);
        return random -> {
            List<Member> members = new ArrayList<>(lists.generate(random));
            Member original = members.get(random.nextInt(members.size()));
            Member twin = members(tree).generate(random).toBuilder().id(original.id()).build();
            members.add(random.nextInt(members.size() + 1), twin);
            return Collections.unmodifiableList(members);
        };
    }

    // ---------------------------------------------------------------------------------------------

    private static List<Organization> primaries(OrganizationTree tree) {
        Objects.requireNonNull(tree, "tree");
        List<Organization> primaries = tree.atLevel(OrganizationLevel.PRIMARY);
        if (primaries.isEmpty()) {
            throw new IllegalArgumentException("the tree has no primary organization");
        }
        return primaries;
    }

    private static Member memberOf(RandomGenerator random, MemberId id, Organization primary) {
        MemberCategory category;
        int roll = random.nextInt(10);
        if (primary.kind().admitsStudents() && roll < 5) {
            category = MemberCategory.STUDENT;
        } else if (roll == 9) {
            category = MemberCategory.NON_WORKING_PENSIONER;
        } else {
            category = MemberCategory.EMPLOYEE;
        }
        return member(random, id, primary.id(), category);
    }

    private static Member member(RandomGenerator random, MemberId id, OrganizationId organization,
            MemberCategory category) {
        LocalDate admission = OrganizationGenerators.date(random, MIN_ADMISSION, MAX_ADMISSION);
        int ageAtAdmission;
        switch (category) {
            case STUDENT:
                ageAtAdmission = 15 + random.nextInt(10);
                break;
            case NON_WORKING_PENSIONER:
                ageAtAdmission = 55 + random.nextInt(15);
                break;
            default:
                ageAtAdmission = 18 + random.nextInt(45);
        }
        Member.Builder builder = Member.builder().id(id).category(category).primaryOrganization(organization)
                .admissionDate(admission);
        if (random.nextInt(3) == 0) {
            LocalDate exit = admission.plusDays(random.nextInt(category == MemberCategory.STUDENT ? 2200 : 12_000));
            builder.exit(MembershipExit.of(exit, reasonFor(random, category)));
        }
        if (random.nextInt(4) != 0) {
            builder.name(personNames().generate(random));
        }
        if (random.nextInt(3) != 0) {
            builder.card(cardNumbers().generate(random));
        }
        if (random.nextInt(2) == 0) {
            builder.birthDate(admission.minusYears(ageAtAdmission).minusDays(random.nextInt(365)));
        }
        return builder.build();
    }

    private static ExitReason reasonFor(RandomGenerator random, MemberCategory category) {
        switch (category) {
            case STUDENT:
                return OrganizationGenerators.pick(random, List.of(ExitReason.GRADUATION, ExitReason.GRADUATION,
                        ExitReason.VOLUNTARY, ExitReason.TRANSFER, ExitReason.OTHER));
            case NON_WORKING_PENSIONER:
                return OrganizationGenerators.pick(random, List.of(ExitReason.DEATH, ExitReason.VOLUNTARY,
                        ExitReason.OTHER));
            default:
                return OrganizationGenerators.pick(random, List.of(ExitReason.END_OF_EMPLOYMENT,
                        ExitReason.END_OF_EMPLOYMENT, ExitReason.VOLUNTARY, ExitReason.RETIREMENT, ExitReason.TRANSFER,
                        ExitReason.EXCLUSION, ExitReason.DEATH, ExitReason.OTHER));
        }
    }

    private static String feminine(String family) {
        if (family.endsWith("ов") || family.endsWith("ев") || family.endsWith("ёв") || family.endsWith("ин")) {
            return family + "а";
        }
        if (family.endsWith("ий")) {
            return family.substring(0, family.length() - 2) + "ая";
        }
        return family;
    }

    private static String patronymic(String fatherStem, boolean female) {
        return fatherStem + (female ? "на" : "ич");
    }
}
