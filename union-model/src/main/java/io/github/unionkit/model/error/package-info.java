/**
 * The one family of UnionKit's exceptions: {@link io.github.unionkit.model.error.UnionKitException}
 * (an error type and a message in Russian or English) and, under it,
 * {@link io.github.unionkit.model.error.UnionKitParseException} for text that could not be read
 * (where: a {@link io.github.unionkit.model.error.TextPosition} with line and column counted from 1;
 * what: an excerpt of the input, only where the input is not personal data).
 *
 * <p>Every error type of every module implements {@link io.github.unionkit.model.error.UnionKitErrorType},
 * so a caller can handle any UnionKit failure in one place and print it in the user's language:
 * <pre>{@code
 * try {
 *     DecreeNumber.parse(text);
 * } catch (UnionKitParseException e) {
 *     System.err.println(e.message(Locale.forLanguageTag("ru")));
 * }
 * }</pre>
 */
package io.github.unionkit.model.error;
