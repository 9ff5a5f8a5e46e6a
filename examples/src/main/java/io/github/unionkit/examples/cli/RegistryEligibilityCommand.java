package io.github.unionkit.examples.cli;

import io.github.unionkit.io.registry.Eligibility;
import io.github.unionkit.io.registry.EligibilityIndex;
import io.github.unionkit.io.registry.EligibilityIndexException;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.MemberId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code union registry eligibility FILE (--card NUMBER | --member ID) --on DATE [--save-index OUT]}:
 * is this an active member on the date, since when, and if not, why. FILE is a registry (JSON Lines or
 * CSV, streamed into an {@link EligibilityIndex}) or an index saved with {@code --save-index} (.ukei).
 * Exit code 0 when eligible, 1 when not, 2 on bad input. The answer never shows the card number.
 */
@Command(name = "eligibility", mixinStandardHelpOptions = true)
final class RegistryEligibilityCommand implements Callable<Integer> {

    /** The extension of a saved eligibility index. */
    static final String INDEX_EXTENSION = ".ukei";

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "union.registry.eligibility.file")
    private Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Who who;

    @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class)
    private LocalDate on;

    @Option(names = "--save-index", paramLabel = "OUT")
    private Path saveIndex;

    @Mixin
    private CsvDialectOptions csvDialect = new CsvDialectOptions();

    @Mixin
    private ProgressOptions progress = new ProgressOptions();

    /** Exactly one of the two questions. */
    static final class Who {
        @Option(names = "--card", paramLabel = "NUMBER", required = true)
        String card;

        @Option(names = "--member", paramLabel = "ID", required = true)
        String member;
    }

    RegistryEligibilityCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        InputFiles.requireFile(file, m);
        // parsed before the (possibly long) read, so a typo fails at once
        Optional<CardNumber> card = Optional.ofNullable(who.card).map(text -> parse(() -> CardNumber.parse(text),
                m.get("error.cardNumber")));
        Optional<MemberId> member = Optional.ofNullable(who.member).map(text -> parse(() -> MemberId.parse(text),
                m.get("error.memberId")));
        EligibilityIndex index = index(m);
        if (saveIndex != null) {
            index.save(saveIndex);
            context.err().println(m.get("eligibility.saved", new Formats(m).count(index.size()), saveIndex));
        }
        LocalDate date = on == null ? context.today() : on;
        Eligibility answer = card.isPresent() ? index.byCard(card.get(), date) : index.byMember(member.orElseThrow(), date);
        context.out().println(describe(answer, m));
        context.out().flush();
        context.err().flush();
        return answer.eligible() ? ExitCode.OK : ExitCode.VIOLATIONS;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String reason) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(reason, e);
        }
    }

    private EligibilityIndex index(Messages m) {
        if (file.getFileName().toString().endsWith(INDEX_EXTENSION)) {
            try {
                return EligibilityIndex.load(file);
            } catch (EligibilityIndexException e) {
                throw new BadInputException(m.get("error.eligibilityIndex", file, e.errorType().description(m.locale())), e);
            }
        }
        RegistryFormat format = InputFiles.registryFormat(file, m);
        EligibilityIndex.Builder builder = EligibilityIndex.builder();
        long rejected = progress.read(context, file, format, csvDialect.readOptions(m), reader -> {
            long unread = 0;
            Optional<RegistryRow> row;
            while ((row = reader.next()).isPresent()) {
                if (row.get().hasMember()) {
                    builder.add(row.get().member().orElseThrow());
                } else {
                    unread++;
                }
            }
            return unread;
        });
        if (rejected > 0) {
            context.err().println(m.get("eligibility.rejected", new Formats(m).count(rejected), file));
        }
        try {
            return builder.build();
        } catch (EligibilityIndexException e) {
            throw new BadInputException(m.get("error.eligibilityDuplicate", file, e.message(m.locale())), e);
        }
    }

    private static String describe(Eligibility answer, Messages m) {
        Formats f = new Formats(m);
        switch (answer.status()) {
            case ACTIVE:
                return m.get("eligibility.active", f.date(answer.date()), f.date(answer.since().orElseThrow()));
            case NOT_YET_ADMITTED:
                return m.get("eligibility.notYet", f.date(answer.date()), f.date(answer.since().orElseThrow()));
            case LEFT:
                return m.get("eligibility.left", f.date(answer.date()), f.date(answer.exit().orElseThrow().date()),
                        m.get("exitReason." + answer.exit().orElseThrow().reason().name()));
            case UNKNOWN_MEMBER:
                return m.get("eligibility.unknownMember");
            case CARD_REPLACED:
                return m.get("eligibility.cardReplaced");
            default:
                return m.get("eligibility.unknownCard");
        }
    }
}
