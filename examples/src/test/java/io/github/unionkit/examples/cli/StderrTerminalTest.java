package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StderrTerminalTest {

    @Test
    void terminalDevicesAreTerminals() {
        assertThat(StderrTerminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(StderrTerminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(StderrTerminal.isTerminalDevice("/dev/ttys002")).isTrue();
        assertThat(StderrTerminal.isTerminalDevice("/dev/console")).isTrue();
    }

    @Test
    void pipesFilesAndTheNullDeviceAreNot() {
        assertThat(StderrTerminal.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("/tmp/report.txt")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("/dev/null")).isFalse();
        assertThat(StderrTerminal.isTerminalDevice("socket:[42]")).isFalse();
    }

    @Test
    void underTheTestRunnerStderrIsNotATerminal() {
        // surefire captures stderr through a pipe or file
        assertThat(StderrTerminal.isTerminal()).isFalse();
    }
}
