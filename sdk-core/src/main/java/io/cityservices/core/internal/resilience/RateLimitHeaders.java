package io.cityservices.core.internal.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What a response's rate-limit headers say about the caller's quota: how many requests remain and
 * when the quota resets.
 *
 * <p>Understands the forms of draft-ietf-httpapi-ratelimit-headers that servers send:
 *
 * <ol>
 *   <li>the current structured-field form with named policies: {@code RateLimit:
 *       "default";r=0;t=30} with {@code RateLimit-Policy: "default";q=100;w=60};
 *   <li>the earlier single-field dictionary form: {@code RateLimit: limit=100, remaining=0,
 *       reset=30};
 *   <li>the original separate fields {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 *       {@code RateLimit-Reset}, and their common {@code X-RateLimit-*} variants.
 * </ol>
 *
 * When several policies are reported, the most restrictive one (fewest remaining, then latest
 * reset) is kept. Reset values are delta-seconds; in the separate-header forms a value above
 * {@value #EPOCH_SECONDS_THRESHOLD} is taken as Unix epoch seconds (as GitHub and others send) and
 * converted against the clock. Whatever number arrives, the reset is clamped to {@code [0,
 * RetryAfter.MAX_DELAY]}, so it is always a usable wait.
 *
 * <p>Immutable and thread-safe.
 *
 * @param remaining requests left in the current window (0 when exhausted)
 * @param reset time until the quota resets, never negative
 * @param limit the window's quota, when the server said
 * @param window the window's length ({@code RateLimit-Policy} {@code w}), when the server said
 */
public record RateLimitHeaders(
    long remaining, Duration reset, OptionalLong limit, Optional<Duration> window) {

  /** Reset values above this (September 2001 as epoch seconds) are read as epoch seconds. */
  public static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code reset}, {@code limit} or {@code window} is null
   * @throws IllegalArgumentException if {@code reset} is negative
   */
  public RateLimitHeaders {
    Objects.requireNonNull(reset, "reset");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(window, "window");
    if (reset.isNegative()) {
      throw new IllegalArgumentException("reset must not be negative: " + reset);
    }
  }

  /**
   * Headers that did not say the window's length.
   *
   * @throws NullPointerException if {@code reset} or {@code limit} is null
   * @throws IllegalArgumentException if {@code reset} is negative
   */
  public RateLimitHeaders(long remaining, Duration reset, OptionalLong limit) {
    this(remaining, reset, limit, Optional.empty());
  }

  /** Whether the quota is used up until {@link #reset()}. */
  public boolean exhausted() {
    return remaining <= 0;
  }

  /**
   * Reads the rate-limit headers of a response.
   *
   * @param headers looks up a header's value by name, case-insensitively, returning null when
   *     absent (OkHttp's {@code response::header} fits)
   * @param clock the clock epoch-second reset values are compared with
   * @return the quota state, or empty when the response has no usable rate-limit headers (a
   *     remaining count and a reset are both required)
   */
  public static Optional<RateLimitHeaders> parse(Function<String, String> headers, Clock clock) {
    String combined = headers.apply("RateLimit");
    if (combined != null) {
      Optional<RateLimitHeaders> parsed =
          parseCombined(combined, headers.apply("RateLimit-Policy"));
      if (parsed.isPresent()) {
        return parsed;
      }
    }
    Optional<RateLimitHeaders> separate = parseSeparate(headers, "RateLimit-", clock);
    return separate.isPresent() ? separate : parseSeparate(headers, "X-RateLimit-", clock);
  }

  private static Optional<RateLimitHeaders> parseCombined(String value, String policy) {
    List<Member> members = members(value);
    boolean dictionary =
        members.stream().anyMatch(m -> m.name().toLowerCase(Locale.ROOT).startsWith("remaining="));
    return dictionary ? parseDictionary(members) : parseStructured(members, policy);
  }

  // Earlier draft form: RateLimit: limit=100, remaining=0, reset=30
  private static Optional<RateLimitHeaders> parseDictionary(List<Member> members) {
    Map<String, Long> values = new HashMap<>();
    for (Member m : members) {
      int eq = m.name().indexOf('=');
      if (eq > 0) {
        parseLong(m.name().substring(eq + 1))
            .ifPresent(
                v -> values.put(m.name().substring(0, eq).trim().toLowerCase(Locale.ROOT), v));
      }
    }
    Long remaining = values.get("remaining");
    Long reset = values.get("reset");
    if (remaining == null || reset == null) {
      return Optional.empty();
    }
    Long limit = values.get("limit");
    return Optional.of(
        new RateLimitHeaders(
            remaining,
            RetryAfter.clampedSeconds(reset),
            limit == null ? OptionalLong.empty() : OptionalLong.of(limit)));
  }

  // Current draft form: RateLimit: "default";r=0;t=30  and  RateLimit-Policy: "default";q=100;w=60
  private static Optional<RateLimitHeaders> parseStructured(List<Member> members, String policy) {
    Map<String, Member> policies = new HashMap<>();
    if (policy != null) {
      for (Member p : members(policy)) {
        policies.put(p.name(), p);
      }
    }
    RateLimitHeaders tightest = null;
    for (Member m : members) {
      Long r = m.params().get("r");
      if (r == null) {
        continue;
      }
      Duration t = RetryAfter.clampedSeconds(m.params().getOrDefault("t", 0L));
      Map<String, Long> p =
          policies.containsKey(m.name()) ? policies.get(m.name()).params() : Map.of();
      Long q = p.get("q");
      Long w = p.get("w");
      RateLimitHeaders candidate =
          new RateLimitHeaders(
              r,
              t,
              q == null ? OptionalLong.empty() : OptionalLong.of(q),
              w == null || w <= 0 ? Optional.empty() : Optional.of(RetryAfter.clampedSeconds(w)));
      if (tightest == null || candidate.isTighterThan(tightest)) {
        tightest = candidate;
      }
    }
    return Optional.ofNullable(tightest);
  }

  // Original draft form and X-RateLimit-*: separate Limit / Remaining / Reset fields.
  private static Optional<RateLimitHeaders> parseSeparate(
      Function<String, String> headers, String prefix, Clock clock) {
    OptionalLong remaining = firstNumber(headers.apply(prefix + "Remaining"));
    OptionalLong reset = firstNumber(headers.apply(prefix + "Reset"));
    if (remaining.isEmpty() || reset.isEmpty()) {
      return Optional.empty();
    }
    long resetSeconds = reset.getAsLong();
    if (resetSeconds > EPOCH_SECONDS_THRESHOLD) {
      resetSeconds -= clock.instant().getEpochSecond();
    }
    return Optional.of(
        new RateLimitHeaders(
            remaining.getAsLong(),
            RetryAfter.clampedSeconds(resetSeconds),
            firstNumber(headers.apply(prefix + "Limit"))));
  }

  private boolean isTighterThan(RateLimitHeaders other) {
    if (remaining != other.remaining) {
      return remaining < other.remaining;
    }
    return reset.compareTo(other.reset) > 0;
  }

  // Early drafts allow "100, 100;w=60" in RateLimit-Limit: the first number is the one in force.
  private static OptionalLong firstNumber(String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    String first = value.split("[,;]", 2)[0];
    Optional<Long> n = parseLong(first);
    return n.isPresent() ? OptionalLong.of(n.get()) : OptionalLong.empty();
  }

  private static Optional<Long> parseLong(String s) {
    try {
      return Optional.of(Long.parseLong(s.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** One list member: its bare item (quotes removed) and its integer parameters. */
  private record Member(String name, Map<String, Long> params) {}

  // A small structured-field list reader: splits on commas and semicolons outside quoted strings.
  private static List<Member> members(String value) {
    List<Member> out = new ArrayList<>();
    for (String raw : splitOutsideQuotes(value, ',')) {
      List<String> parts = splitOutsideQuotes(raw, ';');
      String name = unquote(parts.get(0).trim());
      Map<String, Long> params = new HashMap<>();
      for (String param : parts.subList(1, parts.size())) {
        int eq = param.indexOf('=');
        if (eq > 0) {
          String key = param.substring(0, eq).trim().toLowerCase(Locale.ROOT);
          parseLong(param.substring(eq + 1)).ifPresent(v -> params.put(key, v));
        }
      }
      out.add(new Member(name, params));
    }
    return out;
  }

  private static List<String> splitOutsideQuotes(String s, char separator) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return s;
  }
}
