package io.cityservices.library;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * The hours a library opens on one day of the week, local time of the city.
 *
 * @param day the day of the week
 * @param opens when it opens
 * @param closes when it closes
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {}
