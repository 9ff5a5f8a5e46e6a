package io.github.unionkit.examples.cli;

import io.github.unionkit.io.json.JsonInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.documents.DecreeDocuments;
import io.github.unionkit.io.documents.DocumentReadException;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.text.DecreeBytes;
import io.github.unionkit.io.text.DecreeParseException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the small text inputs of the command line (decrees, JSON documents) with a size cap and strict
 * UTF-8, so a wrong file fails with a reason instead of garbage or an out-of-memory error.
 */
final class InputFiles {
    /**
     * The largest decree or JSON document the command line reads: far more than any real decree, and
     * the documents module's default cap (a PDF or Word file with a scanned signature is larger than
     * its text).
     */
    static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

    private InputFiles() {
    }

    /**
     * Checks that a path names a regular file, before it is streamed.
     *
     * @param file the path, not null
     * @param messages the texts for the failure reason, not null
     * @throws BadInputException if the path names no regular file
     */
    static void requireFile(Path file, Messages messages) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(messages.get("error.noSuchFile", file));
        }
    }

    /**
     * Reads a whole text file.
     *
     * @param file the file, not null
     * @param messages the texts for the failure reasons, not null
     * @return the text, a leading byte-order mark removed
     * @throws BadInputException if the file is missing, too large, a directory, or not UTF-8
     */
    static String readText(Path file, Messages messages) {
        return decode(readBytes(file, messages), file.toString(), messages);
    }

    /** A whole document's bytes, at most {@link #MAX_DOCUMENT_BYTES}. */
    private static byte[] readBytes(Path file, Messages messages) {
        if (!Files.exists(file)) {
            throw new BadInputException(messages.get("error.noSuchFile", file));
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(messages.get("error.directory", file));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new BadInputException(messages.get("error.noSuchFile", file), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new BadInputException(messages.get("error.tooLarge", file, MAX_DOCUMENT_BYTES / (1024 * 1024)));
        }
        return bytes;
    }

    /**
     * Reads a decree file, its format told by content ({@link DecreeDocuments#extract}): Word (.docx),
     * PDF or a web page become the decree's text; a text file is UTF-8 or Windows-1251, detected by
     * {@link DecreeBytes}; JSON stays strict UTF-8 (read it with {@link #readText}).
     *
     * @param file the file, not null
     * @param messages the texts for the failure reasons, not null
     * @return the text
     * @throws BadInputException if the file is missing, a directory, too large, in another encoding,
     *     misdecoded, or a document that cannot be read (encrypted, a scan, a legacy .doc, damaged)
     */
    static DocumentText readDecree(Path file, Messages messages) {
        byte[] bytes = readBytes(file, messages);
        try {
            return DecreeDocuments.extract(bytes);
        } catch (DocumentReadException e) {
            throw new BadInputException(messages.get("error.document." + e.errorType().name(), file), e);
        } catch (DecreeParseException e) {
            throw new BadInputException(messages.get(e.errorType() == DecreeParseException.ErrorType.MISDECODED
                    ? "error.misdecoded" : "error.unknownEncoding", file), e);
        }
    }

    /**
     * Runs a JSON read of a file and names the file in its failure: «r.organizations.json: строка 2,
     * столбец 1: данные обрываются внутри значения».
     *
     * @param <T> what is read
     * @param file the file read, not null
     * @param messages the texts for the failure reason, not null
     * @param read the read, not null
     * @return what it read
     * @throws BadInputException if the JSON cannot be read
     */
    static <T> T json(Path file, Messages messages, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (JsonInputException e) {
            throw new BadInputException(messages.get("error.inFile", file, e.message(messages.locale())), e);
        }
    }

    /**
     * Returns the registry format a file's extension names.
     *
     * @param file the file, not null
     * @param messages the texts for the failure reason, not null
     * @return the format
     * @throws BadInputException if the extension is not .jsonl, .ndjson or .csv
     */
    static RegistryFormat registryFormat(Path file, Messages messages) {
        try {
            return RegistryFormat.of(file);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(messages.get("error.registryExtension", file), e);
        }
    }

    /**
     * Decodes bytes as strict UTF-8.
     *
     * @param bytes the bytes, not null
     * @param source what to name in the failure reason
     * @param messages the texts for the failure reasons, not null
     * @return the text, a leading byte-order mark removed
     * @throws BadInputException if the bytes are not UTF-8
     */
    static String decode(byte[] bytes, String source, Messages messages) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(messages.get("error.notUtf8", source), e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Tells whether a document is JSON rather than text: its first non-blank character is an opening brace.
     *
     * @param text the document, not null
     * @return true for JSON
     */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }
}
