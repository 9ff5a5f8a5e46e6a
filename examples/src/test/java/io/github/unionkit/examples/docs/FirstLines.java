package io.github.unionkit.examples.docs;

// The program of docs/guide/getting-started.md, character for character (GuideGettingStartedSnippetsTest).
// snippet-begin first-lines
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.catalogue.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

public class FirstLines {
    public static void main(String[] args) throws IOException {
        DecreeNumber number = DecreeNumber.parse("№ 3- 1");
        System.out.println(number);                                   // 3-1: meeting 3, question 1
        Deadline deadline = RussianDeadlines.parse("до 29 декабря 2020 г.", LocalDate.of(2020, 12, 18));
        System.out.println(deadline.lastDay());                       // Optional[2020-12-28]: "до" excludes the day
        System.out.println(deadline.statusAsOf(LocalDate.of(2021, 1, 10))); // OVERDUE

        Resolution decree = DecreeTextParser.parse(Files.readString(Path.of(args[0]))).resolution(); // or from JSON
        LocalDate asOf = decree.documentDate().orElse(LocalDate.now());
        ValidationReport report = Catalogue.resolution().check(decree, RuleContext.of(asOf));
        report.violations().forEach(v -> System.out.println(v.code() + " " + v.message(Locale.ENGLISH)));
    }
}
// snippet-end first-lines
