package io.github.unionkit.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells whether the process's standard error is an interactive terminal, so that progress is drawn
 * there when the report itself goes to a pipe or a file ({@code union registry check big.jsonl >
 * report.txt}). Java 17 can ask only about the console as a whole ({@code System.console()} needs
 * stdin and stdout to be terminals), so on Linux and macOS this reads where file descriptor 2 points
 * ({@code /proc/self/fd/2} or {@code /dev/fd/2}): a terminal device ({@code /dev/pts/…},
 * {@code /dev/tty…}) or not. Elsewhere it falls back to the console test.
 */
final class StderrTerminal {

    private static final Path[] DESCRIPTOR_2 = {Path.of("/proc/self/fd/2"), Path.of("/dev/fd/2")};

    private StderrTerminal() {
    }

    /**
     * Returns whether standard error is a terminal.
     *
     * @return true when it is a terminal device, or (where that cannot be told) when there is a console
     */
    static boolean isTerminal() {
        return target().map(StderrTerminal::isTerminalDevice).orElse(System.console() != null);
    }

    /**
     * Returns whether a device path names a terminal.
     *
     * @param device where file descriptor 2 points
     * @return true for {@code /dev/pts/N}, {@code /dev/ttyN}, {@code /dev/ttysN} and {@code /dev/console}
     */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }

    private static Optional<String> target() {
        for (Path descriptor : DESCRIPTOR_2) {
            try {
                if (Files.isSymbolicLink(descriptor)) {
                    return Optional.of(Files.readSymbolicLink(descriptor).toString());
                }
            } catch (IOException | UnsupportedOperationException | SecurityException unreadable) {
                // not this system's way of naming descriptors; try the next, then the console
            }
        }
        return Optional.empty();
    }
}
