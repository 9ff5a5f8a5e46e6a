package com.example.unionservice;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * The host application's own body type: its date format and Boot's lenient reading must survive the
 * starter.
 *
 * @param title the order's title
 * @param issued the day, written as {@code dd.MM.yyyy}
 */
public record HostOrder(@NotBlank String title, @JsonFormat(pattern = "dd.MM.yyyy") LocalDate issued) {
}
