package io.cityservices.core.webhook;

import java.util.Objects;

/**
 * A kind of platform event and the Java type of its {@code data}, declared as a constant by the
 * module that owns it (for example {@code TrafficEvents.VIOLATION_RECORDED}).
 *
 * @param name the event's {@code type} on the wire, e.g. {@code traffic.violation.recorded}
 * @param dataType the record its {@code data} member is read into
 * @param <T> the data type
 */
public record EventType<T>(String name, Class<T> dataType) {

  /**
   * Checks the components.
   *
   * @param name the event's {@code type} on the wire; not null
   * @param dataType the data record class; not null
   * @throws NullPointerException if an argument is null
   */
  public EventType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
  }

  /**
   * Declares an event type.
   *
   * @param <T> the data type
   * @param name the event's {@code type} on the wire, e.g. {@code traffic.violation.recorded}
   * @param dataType the record class its {@code data} member is read into
   * @return the event type
   */
  public static <T> EventType<T> of(String name, Class<T> dataType) {
    return new EventType<>(name, dataType);
  }
}
