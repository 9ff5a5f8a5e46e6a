package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.registry.Eligibility.Status;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.MembershipInterruption;
import io.github.unionkit.model.member.MembershipStatus;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.testkit.MemberGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EligibilityIndexTest {

    private static final LocalDate ADMITTED = LocalDate.of(2015, 9, 1);
    private static final LocalDate LEFT = LocalDate.of(2018, 6, 30);
    private static final LocalDate BACK = LocalDate.of(2019, 2, 1);
    private static final LocalDate EXIT = LocalDate.of(2021, 6, 30);

    @TempDir
    Path dir;

    private static Member.Builder member(String id) {
        return Member.builder().id(MemberId.of(id)).category(MemberCategory.EMPLOYEE)
                .primaryOrganization(OrganizationId.of("p1")).admissionDate(ADMITTED);
    }

    private static EligibilityIndex sample() {
        return EligibilityIndex.builder()
                .add(member("m2").exit(MembershipExit.of(EXIT, ExitReason.VOLUNTARY)).card(CardNumber.of("7712345678")).build())
                .add(member("m1").card(CardNumber.of("0012345678")).build())
                .add(member("m3").addInterruptions(MembershipInterruption.of(MembershipExit.of(LEFT,
                        ExitReason.END_OF_EMPLOYMENT), BACK)).build())
                .build();
    }

    @Test
    void answersWhetherActiveAndSinceWhenByIdAndByCard() {
        EligibilityIndex index = sample();
        Eligibility active = index.byMember(MemberId.of("m1"), LocalDate.of(2020, 1, 1));
        assertThat(active.eligible()).isTrue();
        assertThat(active.since()).hasValue(ADMITTED);
        assertThat(index.byCard(CardNumber.of("0012345678"), LocalDate.of(2020, 1, 1))).isEqualTo(active);
        Eligibility gone = index.byCard(CardNumber.parse("7712 345 678"), EXIT);
        assertThat(gone.status()).isEqualTo(Status.LEFT);
        assertThat(gone.exit()).hasValue(MembershipExit.of(EXIT, ExitReason.VOLUNTARY));
        assertThat(index.byMember(MemberId.of("m2"), ADMITTED.minusDays(1)).since()).hasValue(ADMITTED);
        assertThat(index.byMember(MemberId.of("m2"), ADMITTED.minusDays(1)).status()).isEqualTo(Status.NOT_YET_ADMITTED);
        assertThat(index.byMember(MemberId.of("m9"), EXIT).status()).isEqualTo(Status.UNKNOWN_MEMBER);
        assertThat(index.byCard(CardNumber.of("12345678"), EXIT).status()).isEqualTo(Status.UNKNOWN_CARD);
    }

    @Test
    void aBreakInTheMembershipIsLeftWithItsReasonAndTheNextSpellStartsAnew() {
        EligibilityIndex index = sample();
        Eligibility gap = index.byMember(MemberId.of("m3"), LEFT.plusDays(10));
        assertThat(gap.status()).isEqualTo(Status.LEFT);
        assertThat(gap.exit()).hasValue(MembershipExit.of(LEFT, ExitReason.END_OF_EMPLOYMENT));
        assertThat(index.byMember(MemberId.of("m3"), BACK).since()).hasValue(BACK);
        assertThat(index.byMember(MemberId.of("m3"), LEFT.minusDays(1)).since()).hasValue(ADMITTED);
        assertThat(index.byMember(MemberId.of("m3"), ADMITTED.minusDays(1)).status()).isEqualTo(Status.NOT_YET_ADMITTED);
    }

    @Test
    void agreesWithTheMembersOwnStatusForGeneratedHistories() {
        SplittableRandom random = new SplittableRandom(5);
        List<Member> members = new ArrayList<>();
        EligibilityIndex.Builder builder = EligibilityIndex.builder();
        for (int i = 0; i < 2_000; i++) {
            Member generated = (i % 2 == 0 ? MemberGenerators.membersWithHistory() : MemberGenerators.members())
                    .generate(random);
            Member member = generated.toBuilder().id(MemberId.of("g" + i)).card(Optional.empty()).build();
            members.add(member);
            builder.add(member);
        }
        EligibilityIndex index = builder.build();
        for (Member member : members) {
            for (int k = 0; k < 20; k++) {
                LocalDate date = member.admissionDate().plusDays(random.nextInt(6_000) - 500);
                Eligibility answer = index.byMember(member.id(), date);
                MembershipStatus status = member.statusAsOf(date);
                assertThat(answer.status().name()).as("%s on %s", member, date).isEqualTo(status.name());
                if (status == MembershipStatus.ACTIVE) {
                    assertThat(answer.since()).isEqualTo(member.activeSince(date));
                }
                if (status == MembershipStatus.LEFT) {
                    assertThat(answer.exit()).isEqualTo(member.exitAsOf(date));
                }
            }
        }
    }

    @Test
    void duplicateIdsAndCardsAreRefusedWithoutNamingThem() {
        assertThatThrownBy(() -> EligibilityIndex.builder().add(member("m1").build()).add(member("m1").build()).build())
                .isInstanceOfSatisfying(EligibilityIndexException.class, e -> assertThat(e.errorType())
                        .isEqualTo(EligibilityIndexException.ErrorType.DUPLICATE_MEMBER_ID));
        assertThatThrownBy(() -> EligibilityIndex.builder().add(member("m1").card(CardNumber.of("7712345678")).build())
                .add(member("m2").card(CardNumber.of("7712345678")).build()).build())
                .isInstanceOfSatisfying(EligibilityIndexException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(EligibilityIndexException.ErrorType.DUPLICATE_CARD);
                    assertThat(e.getMessage()).contains("members 1 and 2").doesNotContain("5678");
                });
    }

    @Test
    void savedAndLoadedItAnswersTheSame() {
        EligibilityIndex index = sample();
        Path file = dir.resolve("index.ukei");
        index.save(file);
        EligibilityIndex loaded = EligibilityIndex.load(file);
        for (String id : List.of("m1", "m2", "m3", "m4")) {
            for (LocalDate date : List.of(ADMITTED.minusDays(1), LEFT, BACK, EXIT)) {
                assertThat(loaded.byMember(MemberId.of(id), date)).isEqualTo(index.byMember(MemberId.of(id), date));
            }
        }
        assertThat(loaded.byCard(CardNumber.of("7712345678"), ADMITTED)).isEqualTo(index.byCard(CardNumber.of("7712345678"), ADMITTED));
        assertThat(loaded.toString()).isEqualTo(index.toString()).doesNotContain("7712345678");
    }

    @Test
    void aDamagedFileIsRefusedWithItsReason() throws IOException {
        Path file = dir.resolve("index.ukei");
        sample().save(file);
        byte[] bytes = Files.readAllBytes(file);
        byte[] flipped = bytes.clone();
        flipped[20] ^= 1;
        assertThat(reasonOf(Files.write(dir.resolve("flipped"), flipped)))
                .isIn(EligibilityIndexException.ErrorType.CORRUPT_FILE);
        byte[] version = bytes.clone();
        version[7] = 9;
        assertThat(reasonOf(Files.write(dir.resolve("version"), version)))
                .isEqualTo(EligibilityIndexException.ErrorType.UNSUPPORTED_VERSION);
        assertThat(reasonOf(Files.write(dir.resolve("cut"), java.util.Arrays.copyOf(bytes, bytes.length - 9))))
                .isEqualTo(EligibilityIndexException.ErrorType.CORRUPT_FILE);
        assertThat(reasonOf(Files.writeString(dir.resolve("text"), "{\"id\":\"m1\"}")))
                .isEqualTo(EligibilityIndexException.ErrorType.CORRUPT_FILE);
        byte[] huge = bytes.clone();
        huge[8] = 0x7F; // the member count
        assertThat(reasonOf(Files.write(dir.resolve("huge"), huge))).isEqualTo(EligibilityIndexException.ErrorType.CORRUPT_FILE);
    }

    private static EligibilityIndexException.ErrorType reasonOf(Path file) {
        try {
            EligibilityIndex.load(file);
            throw new AssertionError("loaded a damaged file");
        } catch (EligibilityIndexException e) {
            return e.errorType();
        }
    }

    @Test
    void holdsAtMostThirtyTwoBytesPerMemberWithACard() {
        EligibilityIndex.Builder builder = EligibilityIndex.builder();
        for (int i = 0; i < 100_000; i++) {
            builder.add(member("m" + i).card(CardNumber.of(String.format("%016d", i))).build());
        }
        EligibilityIndex index = builder.build();
        assertThat(index.retainedBytes() / 100_000.0).isLessThanOrEqualTo(32);
        for (int i = 0; i < 100_000; i += 1 + i % 7) {
            assertThat(index.byMember(MemberId.of("m" + i), ADMITTED).eligible()).as("m%d", i).isTrue();
            assertThat(index.byCard(CardNumber.of(String.format("%016d", i)), ADMITTED).eligible()).isTrue();
        }
        assertThat(index.byMember(MemberId.of("0"), ADMITTED).status()).isEqualTo(Status.UNKNOWN_MEMBER);
        assertThat(index.byMember(MemberId.of("zzzzzzzzzz"), ADMITTED).status()).isEqualTo(Status.UNKNOWN_MEMBER);
        assertThat(index.byMember(MemberId.of("m100000"), ADMITTED).status()).isEqualTo(Status.UNKNOWN_MEMBER);
        assertThat(index.size()).isEqualTo(100_000);
        assertThat(index.cards()).isEqualTo(100_000);
    }

    @Test
    void theSortOrdersAnyKeysAndCarriesThePayload() {
        SplittableRandom random = new SplittableRandom(8);
        for (int n : new int[] {0, 1, 2, 17, 1_000, 50_000}) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = i % 3 == 0 ? i : random.nextLong(n * 2L + 1);
            }
            long[] original = keys.clone();
            int[] payload = new int[n];
            for (int i = 0; i < n; i++) {
                payload[i] = i;
            }
            EligibilityIndex.Builder.sort(keys, n, (a, b) -> {
                int v = payload[a];
                payload[a] = payload[b];
                payload[b] = v;
            });
            for (int i = 0; i < n; i++) {
                assertThat(original[payload[i]]).isEqualTo(keys[i]);
                if (i > 0) {
                    assertThat(keys[i - 1]).isLessThanOrEqualTo(keys[i]);
                }
            }
        }
    }

    @Test
    void aReplacedCardIsNotEligibleWhateverTheMembersStatus() {
        EligibilityIndex index = EligibilityIndex.builder()
                .add(member("m7").card(CardNumber.of("5500000000000002")).addFormerCards(CardNumber.of("5500000000000001"))
                        .build())
                .add(member("m1").build())
                .build();
        assertThat(index.byCard(CardNumber.of("5500000000000001"), EXIT).status()).isEqualTo(Status.CARD_REPLACED);
        assertThat(index.byCard(CardNumber.of("5500000000000002"), EXIT).eligible()).isTrue();
        Path file = dir.resolve("replaced.ukei");
        index.save(file);
        assertThat(EligibilityIndex.load(file).byCard(CardNumber.of("5500000000000001"), EXIT).status())
                .isEqualTo(Status.CARD_REPLACED);
        assertThatThrownBy(() -> EligibilityIndex.builder().add(member("m1").card(CardNumber.of("5500000000000001")).build())
                .add(member("m2").addFormerCards(CardNumber.of("5500000000000001")).build()).build())
                .isInstanceOfSatisfying(EligibilityIndexException.class, e -> assertThat(e.getMessage())
                        .contains("members 1 and 2"));
    }
}
