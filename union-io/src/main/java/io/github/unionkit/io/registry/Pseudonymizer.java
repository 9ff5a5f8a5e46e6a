package io.github.unionkit.io.registry;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a member's personal data by a stable pseudonym: the member id becomes
 * {@code "p-"} followed by the first 120 bits of HMAC-SHA256(key, id) in lowercase hex, and the name,
 * card numbers (current and former) and birth date are dropped. Category, organization, admission and exit stay, so counts
 * and flows can be analysed outside the union.
 *
 * <p>The same key always gives the same pseudonym for the same member, so exports taken at different
 * times can be joined; without the key a pseudonym cannot be traced back or recomputed (a plain hash of
 * a short id could be reversed by trying every id). Keep the key secret and apart from the exports;
 * change it to make old and new exports unlinkable. Thread-safe; {@link #toString()} never shows the
 * key.
 */
public final class Pseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int PSEUDONYM_BYTES = 15;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    private Pseudonymizer(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * Returns a pseudonymizer with a secret key.
     *
     * @param secretKey the key, at least 16 bytes (32 random bytes recommended); copied
     * @return the pseudonymizer
     * @throws IllegalArgumentException if the key is shorter than 16 bytes
     */
    public static Pseudonymizer withKey(byte[] secretKey) {
        Objects.requireNonNull(secretKey, "secretKey");
        if (secretKey.length < 16) {
            throw new IllegalArgumentException("the key must have at least 16 bytes, has " + secretKey.length);
        }
        return new Pseudonymizer(Arrays.copyOf(secretKey, secretKey.length));
    }

    /**
     * Returns the pseudonym of a member id: {@code "p-"} and 30 lowercase hex digits.
     *
     * @param id the member id, not null
     * @return the pseudonym, itself a valid member id
     */
    public MemberId pseudonymOf(MemberId id) {
        Objects.requireNonNull(id, "id");
        byte[] digest = macs.get().doFinal(id.value().getBytes(StandardCharsets.UTF_8));
        char[] text = new char[2 + 2 * PSEUDONYM_BYTES];
        text[0] = 'p';
        text[1] = '-';
        for (int i = 0; i < PSEUDONYM_BYTES; i++) {
            text[2 + 2 * i] = HEX[(digest[i] >> 4) & 0xF];
            text[3 + 2 * i] = HEX[digest[i] & 0xF];
        }
        return MemberId.of(new String(text));
    }

    /**
     * Returns the member with its id replaced by the pseudonym and its name, card numbers and birth
     * date removed.
     *
     * @param member the member, not null
     * @return the pseudonymized member
     */
    public Member pseudonymize(Member member) {
        Objects.requireNonNull(member, "member");
        return member.toBuilder()
                .id(pseudonymOf(member.id()))
                .name(Optional.empty())
                .card(Optional.empty())
                .formerCards(java.util.List.of())
                .birthDate(Optional.empty())
                .build();
    }

    /**
     * Returns {@code Pseudonymizer[HmacSHA256]}, never the key.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Pseudonymizer[" + ALGORITHM + "]";
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
