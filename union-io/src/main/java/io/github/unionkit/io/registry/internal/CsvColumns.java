package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.internal.IsoDates;
import io.github.unionkit.io.json.internal.JsonErrors;
import io.github.unionkit.io.json.internal.KnownOrganizations;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.io.registry.Rejection.Reason;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.CategoryChange;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.MembershipInterruption;
import io.github.unionkit.model.member.Transfer;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CSV columns of a registry record and the mapping of a row's cells to a {@link Member}.
 *
 * <p>Columns are found by header name, in any order; an empty cell is an absent value. A header name
 * is compared without case, surrounding spaces, repeated inner spaces and the difference of «ё» and
 * «е», with UnionKit's names ({@link #NAMES}) and with the Russian names of {@link #ALIASES}, the
 * headings a union's staff give their spreadsheets (docs/json.md lists them). Dates are ISO
 * ({@code 2015-09-01}) or Russian ({@code 01.09.2015}); categories are the enum names or their Russian
 * names («работающий», «неработающий пенсионер», «обучающийся»). The history of format 2 (decision
 * 0030) is in four columns: {@code formatVersion} ("2" on a row with history), {@code interruptions}
 * ({@code 2018-06-30 VOLUNTARY 2019-02-01}: exit date, reason, re-admission date),
 * {@code categoryChanges} ({@code 2020-03-01 NON_WORKING_PENSIONER}) and {@code transfers}
 * ({@code 2019-09-01 30.ahtuba.school-2}), each entry separated from the next by {@code |}; files
 * without these columns (format 1) still read.
 */
public final class CsvColumns {

    /** The column names, in the order UnionKit writes them. */
    public static final List<String> NAMES = List.of("id", "category", "primaryOrganization", "admissionDate",
            "exitDate", "exitReason", "card", "familyName", "givenName", "patronymic", "birthDate", "formatVersion",
            "interruptions", "categoryChanges", "transfers", "formerCards");

    /** The Russian headings of each column, normalized as {@link #normalize(String)} does. */
    static final Map<String, List<String>> ALIASES = aliases();

    private static final Map<String, Integer> BY_NAME = byName();

    private static final int ID = 0;
    private static final int CATEGORY = 1;
    private static final int ORGANIZATION = 2;
    private static final int ADMISSION = 3;
    private static final int EXIT_DATE = 4;
    private static final int EXIT_REASON = 5;
    private static final int CARD = 6;
    private static final int FAMILY = 7;
    private static final int GIVEN = 8;
    private static final int PATRONYMIC = 9;
    private static final int BIRTH = 10;
    private static final int VERSION = 11;
    private static final int INTERRUPTIONS = 12;
    private static final int CATEGORY_CHANGES = 13;
    private static final int TRANSFERS = 14;
    private static final int FORMER_CARDS = 15;
    /** Separates the entries of a history cell. */
    static final char ENTRIES = '|';
    private static final int REQUIRED = 4;

    /** A cell that cannot be read; carries the column and the reason. */
    static final class CellException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Reason reason;
        private final String column;

        CellException(Reason reason, String column, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
            this.column = column;
        }

        Rejection toRejection(long line, Optional<MemberId> id) {
            return new Rejection(line, reason, column, getMessage(), id);
        }
    }

    private final int[] positions;
    private final int width;
    private final KnownOrganizations known;

    private CsvColumns(int[] positions, int width, KnownOrganizations known) {
        this.positions = positions;
        this.width = width;
        this.known = known;
    }

    /**
     * Maps a header row.
     *
     * @param header the header cells
     * @param failOnUnknown whether an unknown column is an error
     * @return the mapping
     * @throws CellException if a column is unknown (under the FAIL policy), repeated, or a required
     *     one is missing
     */
    static CsvColumns of(List<String> header, boolean failOnUnknown) {
        return of(header, failOnUnknown, KnownOrganizations.NONE);
    }

    /**
     * Maps a header row; organization ids are taken from {@code known} when they are there.
     *
     * @param header the header cells
     * @param failOnUnknown whether an unknown column is an error
     * @param known the organization ids known in advance
     * @return the mapping
     * @throws CellException if a column is unknown (under the FAIL policy), repeated, or a required
     *     one is missing
     */
    static CsvColumns of(List<String> header, boolean failOnUnknown, KnownOrganizations known) {
        int[] positions = new int[NAMES.size()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < header.size(); i++) {
            Integer found = BY_NAME.get(normalize(header.get(i)));
            int column = found == null ? -1 : found;
            if (column < 0) {
                if (failOnUnknown) {
                    // the column name is input: the detail gives its position instead
                    throw new CellException(Reason.UNKNOWN_PROPERTY, "",
                            "unknown column in the header (column " + (i + 1) + ")");
                }
                continue;
            }
            if (positions[column] >= 0) {
                throw new CellException(Reason.DUPLICATE_PROPERTY, NAMES.get(column),
                        "column appears twice in the header (column " + (i + 1) + ")");
            }
            positions[column] = i;
        }
        for (int column = 0; column < REQUIRED; column++) {
            if (positions[column] < 0) {
                throw new CellException(Reason.MISSING_VALUE, NAMES.get(column), "required column is missing");
            }
        }
        return new CsvColumns(positions, header.size(), known);
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        aliases.put("id", List.of("идентификатор", "ид", "код члена профсоюза", "номер в реестре"));
        aliases.put("category", List.of("категория", "категория члена профсоюза"));
        aliases.put("primaryOrganization", List.of("первичная организация", "первичная профсоюзная организация",
                "код организации", "ппо"));
        aliases.put("admissionDate", List.of("дата вступления", "дата приема", "дата принятия"));
        aliases.put("exitDate", List.of("дата выхода", "дата выбытия", "дата прекращения членства"));
        aliases.put("exitReason", List.of("причина выхода", "причина выбытия", "основание выхода"));
        aliases.put("card", List.of("номер билета", "номер профсоюзного билета", "профсоюзный билет",
                "номер карты"));
        aliases.put("familyName", List.of("фамилия"));
        aliases.put("givenName", List.of("имя"));
        aliases.put("patronymic", List.of("отчество"));
        aliases.put("birthDate", List.of("дата рождения"));
        aliases.put("formatVersion", List.of("версия формата"));
        aliases.put("interruptions", List.of("перерывы в членстве", "выходы и повторные вступления"));
        aliases.put("categoryChanges", List.of("смены категории", "изменения категории"));
        aliases.put("transfers", List.of("переводы", "переходы на учет"));
        aliases.put("formerCards", List.of("прежние номера билетов", "замененные билеты"));
        return Collections.unmodifiableMap(aliases);
    }

    private static Map<String, Integer> byName() {
        Map<String, Integer> byName = new HashMap<>();
        for (int column = 0; column < NAMES.size(); column++) {
            byName.put(normalize(NAMES.get(column)), column);
            for (String alias : ALIASES.get(NAMES.get(column))) {
                if (byName.put(normalize(alias), column) != null) {
                    throw new IllegalStateException("an alias names two columns: " + alias);
                }
            }
        }
        return byName;
    }

    /** Lower case, «ё» as «е», no surrounding spaces, single inner spaces. */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == 'ё' ? 'е' : c);
        }
        return out.toString();
    }

    /**
     * Returns the number of cells a row must have.
     *
     * @return the header width
     */
    int width() {
        return width;
    }

    /**
     * Reads the member id of a row, if it is there and valid.
     *
     * @param cells the row
     * @return the id, or empty
     */
    Optional<MemberId> idOf(String[] cells) {
        String text = cells[positions[ID]];
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MemberId.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Maps a row to a member.
     *
     * @param cells the row's cells, exactly {@link #width()} of them
     * @return the member
     * @throws CellException if a cell is missing or invalid
     */
    Member toMember(String[] cells) {
        Member.Builder builder = Member.builder()
                .id(memberId(required(cells, ID)))
                .category(category(required(cells, CATEGORY), CATEGORY))
                .primaryOrganization(organizationId(required(cells, ORGANIZATION), ORGANIZATION))
                .admissionDate(date(ADMISSION, required(cells, ADMISSION)));
        String exitDate = optional(cells, EXIT_DATE);
        String exitReason = optional(cells, EXIT_REASON);
        if (exitDate != null || exitReason != null) {
            if (exitDate == null || exitReason == null) {
                int missing = exitDate == null ? EXIT_DATE : EXIT_REASON;
                throw new CellException(Reason.MISSING_VALUE, NAMES.get(missing),
                        "exitDate and exitReason go together");
            }
            builder.exit(MembershipExit.of(date(EXIT_DATE, exitDate), exitReason(exitReason, EXIT_REASON)));
        }
        String card = optional(cells, CARD);
        if (card != null) {
            builder.card(card(card, CARD));
        }
        String family = optional(cells, FAMILY);
        String given = optional(cells, GIVEN);
        String patronymic = optional(cells, PATRONYMIC);
        if (family != null || given != null || patronymic != null) {
            builder.name(name(family, given, patronymic));
        }
        String birth = optional(cells, BIRTH);
        if (birth != null) {
            builder.birthDate(date(BIRTH, birth));
        }
        readHistory(cells, builder);
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw new CellException(Reason.INVALID_VALUE, "", "invalid member: " + JsonErrors.kindOf(e));
        }
    }

    /**
     * Reads the history cells: entries separated by {@code |}, the parts of an entry by spaces
     * ({@code 2018-06-30 VOLUNTARY 2019-02-01}; {@code 2020-03-01 NON_WORKING_PENSIONER};
     * {@code 2019-09-01 30.ahtuba.school-2}). A row with history needs {@code formatVersion} 2.
     */
    private void readHistory(String[] cells, Member.Builder builder) {
        String version = optional(cells, VERSION);
        if (version != null && !version.equals("1") && !version.equals("2")) {
            throw new CellException(Reason.INVALID_VALUE, NAMES.get(VERSION), "expected the format version 1 or 2");
        }
        boolean history = false;
        for (String[] parts : entries(cells, INTERRUPTIONS, 3)) {
            MembershipExit exit = MembershipExit.of(date(INTERRUPTIONS, parts[0]), exitReason(parts[1], INTERRUPTIONS));
            LocalDate readmission = date(INTERRUPTIONS, parts[2]);
            if (!readmission.isAfter(exit.date())) {
                throw new CellException(Reason.INVALID_VALUE, NAMES.get(INTERRUPTIONS),
                        "the re-admission date must be after the exit date");
            }
            builder.addInterruptions(MembershipInterruption.of(exit, readmission));
            history = true;
        }
        for (String[] parts : entries(cells, CATEGORY_CHANGES, 2)) {
            builder.addCategoryChanges(CategoryChange.of(date(CATEGORY_CHANGES, parts[0]), category(parts[1],
                    CATEGORY_CHANGES)));
            history = true;
        }
        for (String[] parts : entries(cells, TRANSFERS, 2)) {
            builder.addTransfers(Transfer.of(date(TRANSFERS, parts[0]), organizationId(parts[1], TRANSFERS)));
            history = true;
        }
        for (String[] parts : entries(cells, FORMER_CARDS, 1)) {
            builder.addFormerCards(card(parts[0], FORMER_CARDS));
            history = true;
        }
        if (history && !"2".equals(version)) {
            throw new CellException(version == null ? Reason.MISSING_VALUE : Reason.INVALID_VALUE, NAMES.get(VERSION),
                    "interruptions, categoryChanges, transfers and formerCards need formatVersion 2");
        }
    }

    private List<String[]> entries(String[] cells, int column, int parts) {
        String cell = optional(cells, column);
        if (cell == null) {
            return List.of();
        }
        List<String[]> entries = new ArrayList<>();
        for (String entry : cell.split("\\|", -1)) {
            String[] split = entry.trim().split(" +");
            if (split.length != parts) {
                throw new CellException(Reason.INVALID_VALUE, NAMES.get(column),
                        "expected entries of " + parts + " parts separated by spaces, entries separated by |");
            }
            entries.add(split);
        }
        return entries;
    }

    /**
     * Returns the history cells of a member, as {@link #toMember(String[])} reads them: the format
     * version ("2", or "" without history) and the three lists.
     *
     * @param member the member
     * @return five cells
     */
    static String[] historyCells(Member member) {
        StringBuilder interruptions = new StringBuilder();
        for (MembershipInterruption interruption : member.interruptions()) {
            separate(interruptions).append(IsoDates.format(interruption.exit().date())).append(' ')
                    .append(interruption.exit().reason().name()).append(' ')
                    .append(IsoDates.format(interruption.readmission()));
        }
        StringBuilder changes = new StringBuilder();
        for (CategoryChange change : member.categoryChanges()) {
            separate(changes).append(IsoDates.format(change.date())).append(' ').append(change.category().name());
        }
        StringBuilder transfers = new StringBuilder();
        for (Transfer transfer : member.transfers()) {
            separate(transfers).append(IsoDates.format(transfer.date())).append(' ').append(transfer.to().value());
        }
        StringBuilder formerCards = new StringBuilder();
        for (CardNumber card : member.formerCards()) {
            separate(formerCards).append(card.value());
        }
        return new String[] {member.hasHistory() ? "2" : "", interruptions.toString(), changes.toString(),
            transfers.toString(), formerCards.toString()};
    }

    private static StringBuilder separate(StringBuilder cell) {
        return cell.length() == 0 ? cell : cell.append(ENTRIES);
    }

    private String required(String[] cells, int column) {
        String value = cells[positions[column]];
        if (value == null || value.isEmpty()) {
            throw new CellException(Reason.MISSING_VALUE, NAMES.get(column), "required value is empty");
        }
        return value;
    }

    private String optional(String[] cells, int column) {
        int position = positions[column];
        if (position < 0) {
            return null;
        }
        String value = cells[position];
        return value == null || value.isEmpty() ? null : value;
    }

    private static MemberId memberId(String text) {
        try {
            return MemberId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CellException(Reason.INVALID_VALUE, "id",
                    "expected a member id: 1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
    }

    private OrganizationId organizationId(String text, int column) {
        OrganizationId found = known.find(text);
        if (found != null) {
            return found;
        }
        try {
            return OrganizationId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CellException(Reason.INVALID_VALUE, NAMES.get(column),
                    "expected an organization id: 1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
    }

    private static MemberCategory category(String text, int column) {
        switch (text) {
            case "EMPLOYEE":
                return MemberCategory.EMPLOYEE;
            case "NON_WORKING_PENSIONER":
                return MemberCategory.NON_WORKING_PENSIONER;
            case "STUDENT":
                return MemberCategory.STUDENT;
            default:
                break;
        }
        switch (text.length() <= 64 ? normalize(text) : "") {
            case "работающий":
                return MemberCategory.EMPLOYEE;
            case "неработающий пенсионер":
                return MemberCategory.NON_WORKING_PENSIONER;
            case "обучающийся":
                return MemberCategory.STUDENT;
            default:
                throw new CellException(Reason.INVALID_VALUE, NAMES.get(column),
                        "expected EMPLOYEE, NON_WORKING_PENSIONER or STUDENT (or работающий, неработающий пенсионер,"
                                + " обучающийся)");
        }
    }

    private static ExitReason exitReason(String text, int column) {
        if (text.length() <= 32) {
            for (ExitReason reason : ExitReason.values()) {
                if (reason.name().equals(text)) {
                    return reason;
                }
            }
        }
        throw new CellException(Reason.INVALID_VALUE, NAMES.get(column),
                "expected one of " + Arrays.toString(ExitReason.values()));
    }

    private static CardNumber card(String text, int column) {
        try {
            return CardNumber.of(text);
        } catch (IllegalArgumentException e) {
            throw new CellException(Reason.INVALID_VALUE, NAMES.get(column), "expected a card number of 6 to 20 digits");
        }
    }

    private static PersonName name(String family, String given, String patronymic) {
        if (family == null || given == null) {
            throw new CellException(Reason.MISSING_VALUE, family == null ? "familyName" : "givenName",
                    "a name needs familyName and givenName");
        }
        try {
            return new PersonName(family, given, Optional.ofNullable(patronymic));
        } catch (IllegalArgumentException e) {
            throw new CellException(Reason.INVALID_VALUE, "familyName", "invalid name: " + e.getMessage());
        }
    }

    private static LocalDate date(int column, String text) {
        LocalDate date = IsoDates.parseOrNull(text);
        if (date == null && text.length() == 10 && text.charAt(2) == '.' && text.charAt(5) == '.') {
            // 31.03.2021, as Russian spreadsheets write dates
            date = IsoDates.parseOrNull(text.substring(6) + "-" + text.substring(3, 5) + "-" + text.substring(0, 2));
        }
        if (date == null) {
            throw new CellException(Reason.INVALID_VALUE, NAMES.get(column),
                    "expected a date like 2021-03-31 or 31.03.2021");
        }
        return date;
    }
}
