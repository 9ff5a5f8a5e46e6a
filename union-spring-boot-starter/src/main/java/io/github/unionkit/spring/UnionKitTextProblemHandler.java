package io.github.unionkit.spring;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.TextTooLongException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers text that union-text's parsers refused — a deadline phrase, a whole decree, a text over the
 * length cap — as a 400 problem detail of type {@value UnionKitProblemHandler#UNPARSABLE_TEXT}
 * ({@code parser}, {@code errorType}, {@code index}, {@code line} for decrees), instead of a 500.
 * Registered only when union-text is present. The text itself is never quoted.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
final class UnionKitTextProblemHandler {

    UnionKitTextProblemHandler() {
    }

    /**
     * Answers a refused deadline phrase.
     *
     * @param e the failure
     * @param locale the request's locale
     * @return the 400 problem
     */
    @ExceptionHandler(DeadlineParseException.class)
    ResponseEntity<ProblemDetail> deadline(DeadlineParseException e, Locale locale) {
        return UnionKitProblemHandler.textProblem("deadline", e.errorType().name(), e.index(), 0, locale);
    }

    /**
     * Answers a refused decree text.
     *
     * @param e the failure
     * @param locale the request's locale
     * @return the 400 problem
     */
    @ExceptionHandler(DecreeParseException.class)
    ResponseEntity<ProblemDetail> decree(DecreeParseException e, Locale locale) {
        return UnionKitProblemHandler.textProblem("decree", e.errorType().name(), e.index(), e.line(), locale);
    }

    /**
     * Answers a text over a parser's length cap.
     *
     * @param e the failure
     * @param locale the request's locale
     * @return the 400 problem, {@code index} being the cap
     */
    @ExceptionHandler(TextTooLongException.class)
    ResponseEntity<ProblemDetail> tooLong(TextTooLongException e, Locale locale) {
        return UnionKitProblemHandler.textProblem("text", "TOO_LONG", e.maxLength(), 0, locale);
    }
}
