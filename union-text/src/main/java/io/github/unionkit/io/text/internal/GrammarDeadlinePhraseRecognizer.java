package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.time.spi.DeadlinePhraseRecognizer;
import java.time.LocalDate;

/**
 * The deadline-phrase recognizer that union-text provides to union-rules' {@code @DeadlinePhrase}
 * constraint (ServiceLoader; see decision 0026): a text is a deadline phrase exactly when
 * {@link RussianDeadlines#parse(CharSequence, LocalDate)} reads it.
 *
 * <p>A constraint has no document date, so the phrase is read against {@link #ANCHOR}, a date before
 * any decree it will meet, and a refusal that only a document date causes
 * ({@link ErrorType#BEFORE_DOCUMENT_DATE}: "до 29 декабря 2020 г." in a decree of 2021) still counts as
 * a deadline phrase. Every other refusal — a form that is not a deadline, a day that does not exist
 * ("до 31 февраля 2021 г."), working days without a production calendar — makes it not one.
 * Linear in the input, like the parser; never throws.
 */
public final class GrammarDeadlinePhraseRecognizer implements DeadlinePhraseRecognizer {

    /** The document date phrases are read against: earlier than any decree. */
    static final LocalDate ANCHOR = LocalDate.of(1900, 1, 1);

    /** Creates the recognizer (ServiceLoader needs a public no-argument constructor). */
    public GrammarDeadlinePhraseRecognizer() {
    }

    @Override
    public boolean isDeadlinePhrase(CharSequence phrase) {
        if (phrase == null) {
            return false;
        }
        try {
            RussianDeadlines.parse(phrase, ANCHOR);
            return true;
        } catch (DeadlineParseException e) {
            return e.errorType() == ErrorType.BEFORE_DOCUMENT_DATE;
        } catch (RuntimeException e) {
            // The contract says "never throws": anything unexpected reads as "not a deadline".
            return false;
        }
    }
}
