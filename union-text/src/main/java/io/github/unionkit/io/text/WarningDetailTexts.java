package io.github.unionkit.io.text;

import io.github.unionkit.io.text.internal.TextErrorTexts;
import io.github.unionkit.io.text.internal.WarningDetails;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.error.Detail;
import java.util.Locale;

/**
 * Renders a parser warning's {@link Detail} in Russian or English: arguments that name constants
 * (error types, body kinds) become those constants' own descriptions, counts take their plural form.
 * A detail this version does not know (read from a newer file, say) is printed as it is, never dropped.
 */
final class WarningDetailTexts {

    private WarningDetailTexts() {
    }

    static String render(Detail detail, Locale locale) {
        return detail.render(known -> known(known, locale));
    }

    private static String known(Detail detail, Locale locale) {
        String key = "detail." + detail.key();
        switch (detail.key()) {
            case WarningDetails.DEADLINE_REFUSED:
                return TextErrorTexts.WARNINGS.format(key, locale,
                        DeadlineParseException.ErrorType.valueOf(detail.arguments().get(0)).description(locale));
            case WarningDetails.NUMBER_REFUSED:
                return TextErrorTexts.WARNINGS.format(key, locale,
                        DecreeNumberParseException.ErrorType.valueOf(detail.arguments().get(0)).description(locale));
            case WarningDetails.ISSUER_DISAGREES:
                return TextErrorTexts.WARNINGS.format(key, locale,
                        BodyKind.valueOf(detail.arguments().get(0)).displayName(locale),
                        BodyKind.valueOf(detail.arguments().get(1)).displayName(locale));
            case WarningDetails.SUB_CLAUSES_LEFT_OUT:
            case WarningDetails.SEVERAL_DEADLINES:
                return TextErrorTexts.WARNINGS.formatCount(key, locale, Long.parseLong(detail.arguments().get(0)));
            default:
                return TextErrorTexts.WARNINGS.format(key, locale, detail.arguments().toArray());
        }
    }
}
