package io.cityservices.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed path template such as {@code /v1/cities/{city}/health/hospitals/{id}}.
 *
 * @param text the template as written
 * @param segments its segments; parameters are written {@code {name}}
 */
public record PathTemplate(String text, List<String> segments) {
  /**
   * Copies the segments.
   *
   * @param text the template as written
   * @param segments its segments; copied
   */
  public PathTemplate {
    segments = List.copyOf(segments);
  }

  /**
   * Parses a template; it must start with {@code /}.
   *
   * @param template the template, e.g. {@code /v1/cities/{city}/traffic/vehicles}
   * @return the parsed template
   * @throws IllegalArgumentException if it does not start with {@code /}
   */
  public static PathTemplate parse(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("a path template starts with /: " + template);
    }
    return new PathTemplate(template, List.of(template.substring(1).split("/", -1)));
  }

  /**
   * The parameter values if {@code path} matches, else empty.
   *
   * @param path a request path without the query
   * @return the URL-decoded parameter values by name, or empty when the path does not match
   */
  public Optional<Map<String, String>> match(String path) {
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    String[] parts = path.substring(1).split("/", -1);
    if (parts.length != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String segment = segments.get(i);
      if (isParameter(segment)) {
        if (parts[i].isEmpty()) {
          return Optional.empty();
        }
        params.put(segment.substring(1, segment.length() - 1), URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
      } else if (!segment.equals(parts[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  /**
   * How many literal segments the template has; more literals means more specific.
   *
   * @return the number of segments that are not parameters
   */
  public int literalCount() {
    return (int) segments.stream().filter(s -> !isParameter(s)).count();
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }
}
