package io.github.unionkit.examples.sample;

import io.github.unionkit.io.text.DecreeParseOptions;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.model.decree.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled sample decree: the text of resolution № 3-1 of 18 December 2020 of the committee of the
 * Astrakhan regional organization, the seed document, carried by the examples and the {@code union}
 * command line as their own resource (the build copies it from union-testkit's fixture, its one
 * source), so that neither needs union-testkit at run time.
 */
public final class SampleDecree {

    /** The resource, beside this class. */
    static final String RESOURCE = "astrakhan-committee-decree-3-1-2020.txt";

    private SampleDecree() {
    }

    /**
     * Returns the decree's text, byte for byte as in the seed, decoded as UTF-8.
     *
     * @return the text
     * @throws IllegalStateException if the resource is missing from the build
     * @throws UncheckedIOException if it cannot be read
     */
    public static String text() {
        try (InputStream in = SampleDecree.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the decree's text with the decree text parser, the issuer being the sample's regional
     * organization ({@link AstrakhanSample#REGION}).
     *
     * @param options further options (an organization tree, say), not null; the issuer is set here
     * @return what the parser read, with its warnings
     */
    public static DecreeParseResult parse(DecreeParseOptions options) {
        return DecreeTextParser.parse(text(), options.withIssuer(AstrakhanSample.REGION));
    }

    /**
     * Returns the resolution the parser reads from the text with default options.
     *
     * @return the resolution
     */
    public static Resolution resolution() {
        return parse(DecreeParseOptions.defaults()).resolution();
    }
}
