package io.cityservices.exitentry;

import java.time.OffsetDateTime;

/**
 * One step in an application's history.
 *
 * @param status the status entered
 * @param at when
 */
public record StatusChange(ApplicationStatus status, OffsetDateTime at) {}
