package io.github.unionkit.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine;

/** Reads a date option as ISO ({@code 2020-12-18}) or as Russians write it ({@code 18.12.2020}). */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    private static final DateTimeFormatter RUSSIAN =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        String text = value.trim();
        try {
            return text.indexOf('.') >= 0 ? LocalDate.parse(text, RUSSIAN) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a date: write 2020-12-18 or 18.12.2020");
        }
    }
}
