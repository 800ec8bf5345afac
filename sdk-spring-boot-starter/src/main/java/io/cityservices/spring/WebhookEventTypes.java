package io.cityservices.spring;

import io.cityservices.core.webhook.EventType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.ClassUtils;

/**
 * The event types the application can receive typed: the constants of each department module's
 * {@code XxxEvents} class on the classpath, plus any {@link EventType} beans the application
 * declares for events of its own.
 */
final class WebhookEventTypes {

  // One line per department module; a module that is absent is skipped.
  private static final List<String> HOLDERS =
      List.of(
          "io.cityservices.traffic.TrafficEvents",
          "io.cityservices.utilities.UtilitiesEvents",
          "io.cityservices.health.HealthEvents",
          "io.cityservices.marriage.MarriageEvents",
          "io.cityservices.library.LibraryEvents",
          "io.cityservices.socialinsurance.SocialInsuranceEvents",
          "io.cityservices.exitentry.ExitEntryEvents");

  private final Map<String, EventType<?>> byName = new HashMap<>();

  WebhookEventTypes(ClassLoader loader, Collection<EventType<?>> extra) {
    for (String holder : HOLDERS) {
      if (ClassUtils.isPresent(holder, loader)) {
        constantsOf(ClassUtils.resolveClassName(holder, loader));
      }
    }
    extra.forEach(t -> byName.put(t.name(), t));
  }

  Optional<EventType<?>> forName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  private void constantsOf(Class<?> holder) {
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
        try {
          EventType<?> type = (EventType<?>) field.get(null);
          byName.put(type.name(), type);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + holder.getName() + "." + field.getName(), e);
        }
      }
    }
  }
}
