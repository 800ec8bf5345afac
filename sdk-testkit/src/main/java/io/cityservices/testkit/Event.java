package io.cityservices.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A platform event, as delivered to webhooks.
 *
 * @param id unique event id
 * @param type e.g. {@code traffic.violation.recorded}
 * @param created when the platform recorded it (sandbox clock)
 * @param city the city's code
 * @param data the event's payload
 */
public record Event(String id, String type, Instant created, String city, JsonNode data) {}
