package io.cityservices.traffic;

import java.time.LocalDate;

/**
 * Data of {@code traffic.licence.points_changed}: the points on a citizen's licence changed.
 *
 * @param citizenId the licence holder
 * @param previousPoints the points before
 * @param points the points now
 * @param cycleEndsOn the last day of the scoring cycle
 */
public record LicencePointsChanged(String citizenId, int previousPoints, int points, LocalDate cycleEndsOn) {}
