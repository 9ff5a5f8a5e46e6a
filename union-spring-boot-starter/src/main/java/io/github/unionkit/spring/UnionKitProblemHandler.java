package io.github.unionkit.spring;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.org.IdentifierParseException;
import io.github.unionkit.rules.Violation;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers UnionKit's failures as RFC 9457 problem details ({@code application/problem+json}), with
 * title and detail in the request's language (Accept-Language: Russian for {@code ru}, else English):
 * <ul>
 *   <li>an unreadable UnionKit document: 400, type {@value #UNREADABLE}, with {@code errorType},
 *       {@code pointer}, {@code line}, {@code column} and one entry in {@code errors};</li>
 *   <li>a {@link UnionKitValidationException}: 422, type {@value #INVALID}, one entry per violation in
 *       {@code errors} ({@code field}, {@code code}, {@code constraint}, {@code detail});</li>
 *   <li>a decree number or identifier a controller parsed from the request and the model refused:
 *       400, type {@value #UNPARSABLE_TEXT}, with {@code parser}, {@code errorType} and {@code index}
 *       (union-text's parsers: {@link UnionKitTextProblemHandler}).</li>
 * </ul>
 * Only these exceptions are handled: the application's own failures keep their handling. No
 * rejected value and no request path is copied into a problem (they may be personal data): {@code instance}
 * is a fresh {@code urn:uuid:} per occurrence. Ordered
 * just before unordered advice, so an application's ordered {@code @ExceptionHandler} can replace it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
final class UnionKitProblemHandler {

    /** The problem type of an unreadable UnionKit document. */
    static final String UNREADABLE = "https://unionkit.github.io/problems/unreadable-document";
    /** The problem type of text a UnionKit parser refused. */
    static final String UNPARSABLE_TEXT = "https://unionkit.github.io/problems/unparsable-text";
    /** The problem type of violated model constraints. */
    static final String INVALID = "https://unionkit.github.io/problems/constraint-violation";

    UnionKitProblemHandler() {
    }

    /**
     * Answers an unreadable UnionKit document.
     *
     * @param e the failure
     * @param locale the request's locale
     * @return the 400 problem
     */
    @ExceptionHandler(UnionJsonHttpMessageConverter.UnreadableDocumentException.class)
    ResponseEntity<ProblemDetail> unreadable(UnionJsonHttpMessageConverter.UnreadableDocumentException e,
            Locale locale) {
        JsonInputException input = e.input();
        String error = ProblemTexts.text("error." + input.errorType().name(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                MessageFormat.format(ProblemTexts.text("detail.unreadable", locale), error));
        problem.setType(URI.create(UNREADABLE));
        problem.setTitle(ProblemTexts.text("title.unreadable", locale));
        problem.setProperty("errorType", input.errorType().name());
        problem.setProperty("pointer", input.pointer());
        problem.setProperty("line", input.line());
        problem.setProperty("column", input.column());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("pointer", input.pointer());
        entry.put("detail", error);
        problem.setProperty("errors", List.of(entry));
        return respond(problem);
    }

    /**
     * Answers violated model constraints.
     *
     * @param e the failure
     * @param locale the request's locale
     * @return the 422 problem
     */
    @ExceptionHandler(UnionKitValidationException.class)
    ResponseEntity<ProblemDetail> invalid(UnionKitValidationException e, Locale locale) {
        List<Violation> violations = e.report().errors().violations();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                MessageFormat.format(ProblemTexts.text("detail.invalid", locale), violations.size()));
        problem.setType(URI.create(INVALID));
        problem.setTitle(ProblemTexts.text("title.invalid", locale));
        List<Map<String, Object>> errors = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", v.path().toString());
            entry.put("code", v.code().value());
            v.argument("constraint").ifPresent(c -> entry.put("constraint", c));
            entry.put("detail", v.message(locale));
            errors.add(entry);
        }
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    /**
     * Answers a value of the request that a UnionKit parser of the model refused: a decree number
     * ({@code DecreeNumberParseException}) or an identifier ({@code IdentifierParseException}).
     *
     * @param e the failure
     * @param locale the request's locale
     * @return the 400 problem
     */
    @ExceptionHandler({DecreeNumberParseException.class, IdentifierParseException.class})
    ResponseEntity<ProblemDetail> unparsable(IllegalArgumentException e, Locale locale) {
        if (e instanceof DecreeNumberParseException n) {
            return textProblem("decree-number", n.errorType().name(), n.index(), 0, locale);
        }
        IdentifierParseException i = (IdentifierParseException) e;
        return textProblem("identifier", i.errorType().name(), i.index(), 0, locale);
    }

    /**
     * Builds the 400 problem of text a UnionKit parser refused.
     *
     * @param parser which parser: {@code decree}, {@code deadline}, {@code decree-number}, …
     * @param errorType the parser's error type name
     * @param index the offset where the problem was found
     * @param line the 1-based line, or 0 when the parser reports none
     * @param locale the request's locale
     * @return the problem, with {@code parser}, {@code errorType}, {@code index} and perhaps {@code line}
     */
    static ResponseEntity<ProblemDetail> textProblem(String parser, String errorType, int index, int line,
            Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                MessageFormat.format(ProblemTexts.text("detail.text", locale), errorType, Integer.toString(index)));
        problem.setType(URI.create(UNPARSABLE_TEXT));
        problem.setTitle(ProblemTexts.text("title.text", locale));
        problem.setProperty("parser", parser);
        problem.setProperty("errorType", errorType);
        problem.setProperty("index", index);
        if (line > 0) {
            problem.setProperty("line", line);
        }
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        // An occurrence id instead of the request path Spring would put there: paths may hold personal data.
        problem.setInstance(URI.create("urn:uuid:" + UUID.randomUUID()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
