package io.github.unionkit.benchmarks.registry;

import io.github.unionkit.io.registry.Eligibility;
import io.github.unionkit.io.registry.EligibilityIndex;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Eligibility questions ("is this an active member on date D, since when?") answered by the
 * {@link EligibilityIndex} against the baseline: a {@code HashMap} from member id (or card number) to
 * the member, asked {@link Member#statusAsOf(LocalDate)} and {@link Member#activeSince(LocalDate)}.
 * One million generated members with cards; each invocation asks 1,024 questions for ids (or cards)
 * drawn at random, a tenth of them unknown. Scores are questions per second on one thread; read them as
 * ratios to the baseline of the same run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EligibilityBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@OperationsPerInvocation(EligibilityBenchmark.QUESTIONS)
public class EligibilityBenchmark {

    /** Questions per invocation. */
    public static final int QUESTIONS = 1_024;
    private static final int MEMBERS = 1_000_000;
    private static final LocalDate ON = LocalDate.of(2020, 6, 1);

    private EligibilityIndex index;
    private Map<MemberId, Member> byId;
    private Map<CardNumber, Member> byCard;
    private MemberId[] ids;
    private CardNumber[] cards;

    /** Builds the index and the maps from the same generated members, and the questions. */
    @Setup
    public void setUp() {
        EligibilityIndex.Builder builder = EligibilityIndex.builder();
        byId = new HashMap<>(MEMBERS * 2);
        byCard = new HashMap<>(MEMBERS * 2);
        Iterator<Member> members = RegistryFiles.national(MEMBERS).members();
        SplittableRandom random = new SplittableRandom(12);
        int n = 0;
        while (members.hasNext()) {
            Member generated = members.next();
            Member member = generated.toBuilder()
                    .card(CardNumber.of(String.format("%016d", 1_000_000_000_000L + n))).build();
            builder.add(member);
            byId.put(member.id(), member);
            byCard.put(member.card().orElseThrow(), member);
            n++;
        }
        index = builder.build();
        ids = new MemberId[QUESTIONS];
        cards = new CardNumber[QUESTIONS];
        for (int i = 0; i < QUESTIONS; i++) {
            boolean unknown = random.nextInt(10) == 0;
            int k = random.nextInt(n);
            ids[i] = MemberId.of(unknown ? "x" + k : String.format("m%08d", k + 1));
            cards[i] = CardNumber.of(String.format("%016d", (unknown ? 2_000_000_000_000L : 1_000_000_000_000L) + k));
        }
    }

    /**
     * The index, by member id.
     *
     * @return a checksum of the answers
     */
    @Benchmark
    public long indexByMember() {
        return answers(i -> index.byMember(ids[i], ON));
    }

    /**
     * The index, by card number.
     *
     * @return a checksum of the answers
     */
    @Benchmark
    public long indexByCard() {
        return answers(i -> index.byCard(cards[i], ON));
    }

    /**
     * The baseline: a {@code HashMap} of members by id.
     *
     * @return a checksum of the answers
     */
    @Benchmark
    public long baselineHashMapByMember() {
        return members(i -> byId.get(ids[i]));
    }

    /**
     * The baseline: a {@code HashMap} of members by card number.
     *
     * @return a checksum of the answers
     */
    @Benchmark
    public long baselineHashMapByCard() {
        return members(i -> byCard.get(cards[i]));
    }

    /** Asks every question of the index (the same lambda shape as the baseline's). */
    private static long answers(IntFunction<Eligibility> question) {
        long sum = 0;
        for (int i = 0; i < QUESTIONS; i++) {
            sum += weight(question.apply(i));
        }
        return sum;
    }

    /** Looks every question up in a map and asks the member. */
    private static long members(IntFunction<Member> lookup) {
        long sum = 0;
        for (int i = 0; i < QUESTIONS; i++) {
            sum += weight(lookup.apply(i));
        }
        return sum;
    }

    private static long weight(Eligibility answer) {
        return answer.status().ordinal() + answer.since().map(LocalDate::toEpochDay).orElse(0L)
                + answer.exit().map(MembershipExit::date).map(LocalDate::toEpochDay).orElse(0L);
    }

    /** The same answer as the index gives, from the member itself. */
    private static long weight(Member member) {
        if (member == null) {
            return 3;
        }
        return member.statusAsOf(ON).ordinal() + member.activeSince(ON).map(LocalDate::toEpochDay).orElse(0L)
                + member.exitAsOf(ON).map(MembershipExit::date).map(LocalDate::toEpochDay).orElse(0L);
    }
}
