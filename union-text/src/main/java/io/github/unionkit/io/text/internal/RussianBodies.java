package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.body.BodyKind;

/**
 * Names of union bodies in any case, as they open an issuer in a decree reference: "Исполнительного
 * комитета Профсоюза", "Президиума …", "Комитета …", "Пленума …", "VIII Съезда …", "общего собрания
 * …", "контрольно-ревизионной комиссии …". Matching is by stem, so every case form is read.
 */
final class RussianBodies {

    private RussianBodies() {
    }

    /**
     * Reads the body name that starts at token {@code i}.
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the {@link BodyKind} ordinal and the index after the body's own words, {@link Packed};
     *     {@link Packed#NONE} if no body name starts at {@code i}
     */
    public static long read(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return Packed.NONE;
        }
        if (tokens.startsWith(i, "исполнительн") && tokens.startsWith(i + 1, "комитет")) {
            return found(BodyKind.EXECUTIVE_COMMITTEE, i + 2);
        }
        if (tokens.startsWith(i, "исполком")) {
            return found(BodyKind.EXECUTIVE_COMMITTEE, i + 1);
        }
        if (tokens.startsWith(i, "центральн") && tokens.startsWith(i + 1, "совет")) {
            return found(BodyKind.CENTRAL_COUNCIL, i + 2);
        }
        if (tokens.startsWith(i, "съезд")) {
            return found(BodyKind.CONGRESS, i + 1);
        }
        if (tokens.startsWith(i, "президиум")) {
            return found(BodyKind.PRESIDIUM, i + 1);
        }
        // A plenum is a session of a committee; its decrees are the committee's.
        if (tokens.startsWith(i, "комитет") || tokens.startsWith(i, "пленум") || tokens.startsWith(i, "профком")) {
            return found(BodyKind.COMMITTEE, i + 1);
        }
        if (tokens.startsWith(i, "конференци")) {
            return found(BodyKind.CONFERENCE, i + 1);
        }
        if ((tokens.startsWith(i, "общ") || tokens.startsWith(i, "профсоюзн")) && tokens.startsWith(i + 1, "собрани")) {
            return found(BodyKind.GENERAL_MEETING, i + 2);
        }
        if (tokens.startsWith(i, "собрани")) {
            return found(BodyKind.GENERAL_MEETING, i + 1);
        }
        if (tokens.is(i, "контрольно") && tokens.isDash(i + 1) && tokens.startsWith(i + 2, "ревизионн")
                && tokens.startsWith(i + 3, "комисси")) {
            return found(BodyKind.AUDIT_COMMISSION, i + 4);
        }
        if (tokens.startsWith(i, "ревизионн") && tokens.startsWith(i + 1, "комисси")) {
            return found(BodyKind.AUDIT_COMMISSION, i + 2);
        }
        if (tokens.is(i, "крк")) {
            return found(BodyKind.AUDIT_COMMISSION, i + 1);
        }
        return Packed.NONE;
    }

    /**
     * Tells whether token {@code i} names a decision: "постановление", "решение", "распоряжение" in
     * any case and number ("постановлений").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return true for a decision noun
     */
    public static boolean isDecisionNoun(Tokens tokens, int i) {
        return tokens.startsWith(i, "постановлени") || tokens.startsWith(i, "решени")
                || tokens.startsWith(i, "распоряжени");
    }

    private static long found(BodyKind kind, int end) {
        return Packed.of(kind.ordinal(), end);
    }
}
