package com.example.unionservice;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.ValidationReport;
import io.github.unionkit.rules.validation.UnionValidator;
import jakarta.validation.Valid;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.time.Deadline;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The host's controller: UnionKit bodies with and without {@code @Valid}, and a body of its own. */
@RestController
public class MemberController {

    // The field, the constructor and check(...) are one snippet of the guide: a controller with the validator bean.
    // snippet-begin decree-check
    private final UnionValidator validator;

    public MemberController(UnionValidator validator) {      // the auto-configured UnionValidator bean
        this.validator = validator;
    }

    @PostMapping(path = "/decrees/check", consumes = "text/plain")
    public DecreeCheck check(@RequestBody String text) {
        DecreeParseResult parsed = DecreeTextParser.parse(text);
        Resolution resolution = parsed.resolution();
        LocalDate asOf = resolution.documentDate().orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
        ValidationReport report = validator.validate(resolution, RuleContext.of(asOf));
        return new DecreeCheck(report.isValid() && parsed.warnings().isEmpty(), report, parsed.warnings());
    }
    // snippet-end decree-check

    /**
     * The verdict on a decree read from text: the rules' report and the parser's warnings.
     *
     * @param valid no rule found an error and the parser read the whole decree without a warning
     * @param report the rules' findings
     * @param parserWarnings what the parser could not read, or read with a doubt
     */
    // snippet-begin decree-check-record
    public record DecreeCheck(boolean valid, ValidationReport report, List<DecreeParseWarning> parserWarnings) {
    }
    // snippet-end decree-check-record

    /**
     * Echoes a valid member.
     *
     * @param member the member
     * @return the same member
     */
    // snippet-begin admit
    @PostMapping("/members")
    public Member admit(@Valid @RequestBody Member member) {
        return member;
    }
    // snippet-end admit

    /**
     * Counts valid members.
     *
     * @param members the members
     * @return how many
     */
    // snippet-begin admit-all
    @PostMapping("/members/batch")
    public int admitAll(@Validated @RequestBody List<Member> members) {
        return members.size();
    }
    // snippet-end admit-all

    /**
     * Echoes a member without validation.
     *
     * @param member the member
     * @return the same member
     */
    @PostMapping("/members/unchecked")
    public Member echo(@RequestBody Member member) {
        return member;
    }

    /**
     * Echoes a valid resolution.
     *
     * @param resolution the resolution
     * @return the same resolution
     */
    @PostMapping("/resolutions")
    public Resolution register(@Valid @RequestBody Resolution resolution) {
        return resolution;
    }

    /**
     * Echoes the host's own order, read by Boot's mapper.
     *
     * @param order the host's order
     * @return the same order
     */
    @PostMapping("/orders")
    public HostOrder order(@RequestBody HostOrder order) {
        return order;
    }

    /**
     * Reads a deadline phrase of a decree dated 1 December 2020.
     *
     * @param phrase the phrase
     * @return the deadline, written as UnionJson writes it
     */
    // snippet-begin deadline
    @PostMapping(path = "/deadlines", consumes = "text/plain")
    public Deadline deadline(@RequestBody String phrase) {
        return RussianDeadlines.parse(phrase, LocalDate.of(2020, 12, 1));
    }
    // snippet-end deadline

    /**
     * Reads a decree number.
     *
     * @param text the number as written
     * @return the number
     */
    @PostMapping(path = "/decree-numbers", consumes = "text/plain")
    public DecreeNumber decreeNumber(@RequestBody String text) {
        return DecreeNumber.parse(text);
    }

    /**
     * Parses a whole decree and counts the places of its elements.
     *
     * @param text the decree's text
     * @return how many elements were located
     */
    @PostMapping(path = "/decrees", consumes = "text/plain")
    public int decree(@RequestBody String text) {
        return DecreeTextParser.parse(text).spans().size();
    }

    /**
     * Returns an order of the host, written by Boot's mapper.
     *
     * @return an order
     */
    @GetMapping("/orders/sample")
    public HostOrder sampleOrder() {
        return new HostOrder("Об итогах", LocalDate.of(2020, 12, 29));
    }

    /**
     * Parses a whole decree.
     *
     * @param text the decree's text
     * @return the parse result, written as UnionJson writes it
     */
    @PostMapping(path = "/decrees/parsed", consumes = "text/plain")
    public DecreeParseResult parse(@RequestBody String text) {
        return DecreeTextParser.parse(text);
    }
}
