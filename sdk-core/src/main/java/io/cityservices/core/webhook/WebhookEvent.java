package io.cityservices.core.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.model.CityCode;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A verified platform event: {@code {"id", "type", "created", "city", "data"}}. Any type parses,
 * including ones this SDK version does not know; read the data of a known type with {@link
 * #data(EventType)}.
 *
 * <pre>{@code
 * WebhookEvent event = webhooks.verify(body, headers);
 * if (event.isDuplicate()) return;              // already handled
 * event.data(TrafficEvents.VIOLATION_RECORDED)  // Optional<ViolationRecorded>
 *      .ifPresent(v -> notifyCitizen(v));
 * }</pre>
 */
public final class WebhookEvent {

  private final String id;
  private final String type;
  private final OffsetDateTime created;
  private final @Nullable CityCode city;
  private final JsonNode data;
  private final boolean duplicate;
  private final ObjectMapper mapper;

  WebhookEvent(
      String id,
      String type,
      OffsetDateTime created,
      @Nullable CityCode city,
      JsonNode data,
      boolean duplicate,
      ObjectMapper mapper) {
    this.id = id;
    this.type = type;
    this.created = created;
    this.city = city;
    this.data = data;
    this.duplicate = duplicate;
    this.mapper = mapper;
  }

  /**
   * The event's unique id; the same event delivered twice has the same id.
   *
   * @return the event id, e.g. for de-duplication in the handler's own store
   */
  public String id() {
    return id;
  }

  /**
   * The event type, e.g. {@code payment.succeeded}.
   *
   * @return the event type name
   */
  public String type() {
    return type;
  }

  /**
   * When the platform created the event.
   *
   * @return the creation time, with the platform's offset
   */
  public OffsetDateTime created() {
    return created;
  }

  /**
   * The city the event happened in, or null for platform-wide events.
   *
   * @return the city, or null
   */
  public @Nullable CityCode city() {
    return city;
  }

  /**
   * The {@code data} member as JSON text, for types this SDK does not model: read it with the JSON
   * library of your choice. For a known type use {@link #data(EventType)}.
   *
   * @return the {@code data} member as compact JSON, {@code {}} when the event has none
   */
  public String rawData() {
    return data.toString();
  }

  /**
   * True when this event id was seen before (a redelivery): handle events idempotently.
   *
   * @return true for a redelivered event
   */
  public boolean isDuplicate() {
    return duplicate;
  }

  /**
   * True when the event is of {@code eventType}.
   *
   * @param eventType a known event type, e.g. a module's {@code TrafficEvents.VIOLATION_RECORDED}
   * @return true if {@link #type()} is {@code eventType}'s name
   */
  public boolean is(EventType<?> eventType) {
    return eventType.name().equals(type);
  }

  /**
   * The event's data read as {@code eventType}'s record, or empty when the event is of another
   * type.
   *
   * @param <T> the type's data record
   * @param eventType the expected event type
   * @return the data as a {@code T}, or empty for an event of another type
   * @throws io.cityservices.core.error.ValidationException with code {@link
   *     WebhookVerifier#EVENT_MALFORMED}, naming {@code data}, when the data does not match the
   *     type's shape
   */
  public <T> Optional<T> data(EventType<T> eventType) {
    if (!is(eventType)) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.treeToValue(data, eventType.dataType()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw WebhookVerifier.malformed("data", "does not match " + eventType.dataType().getSimpleName());
    }
  }

  @Override
  public String toString() {
    return "WebhookEvent[id=" + id + ", type=" + type + ", city=" + city + ", created=" + created
        + (duplicate ? ", duplicate" : "") + "]";
  }
}
