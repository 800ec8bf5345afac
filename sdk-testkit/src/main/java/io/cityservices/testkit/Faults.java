package io.cityservices.testkit;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cityservices.core.model.CityCode;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Fault injection: per department (a service in a city) at the platform level, and raw network faults
 * (WireMock's {@link Fault}) for the next requests matching a path.
 *
 * <p>Department faults apply to {@code /v1/cities/{city}/{department}/...} for the departments a
 * {@link SandboxModule} declares. Faults stay until
 * {@link #reset()}; the JUnit extension resets after each test.
 */
public final class Faults {
  private final Map<Department, DepartmentFault> departments = new ConcurrentHashMap<>();
  private final CopyOnWriteArrayList<RawFault> raw = new CopyOnWriteArrayList<>();

  Faults() {}

  /**
   * The department answers 503 {@code department_unavailable} to every call.
   *
   * @param city the city
   * @param department the department, as its module declares it
   * @return these faults, to chain
   */
  public Faults unavailable(CityCode city, DepartmentName department) {
    return put(city, department, new DepartmentFault.Unavailable());
  }

  /**
   * The department answers after a fixed delay.
   *
   * @param city the city
   * @param department the department, as its module declares it
   * @param delay how long every answer waits, not null
   * @return these faults, to chain
   */
  public Faults slow(CityCode city, DepartmentName department, Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return put(city, department, new DepartmentFault.Slow(delay));
  }

  /**
   * The department fails a share of calls with 503, in a sequence fixed by {@code seed} so that a test
   * sees the same failures every run.
   *
   * @param failureRate between 0 and 1
   * @param city the city
   * @param department the department, as its module declares it
   * @param seed fixes which calls fail
   * @return these faults, to chain
   * @throws IllegalArgumentException if the rate is outside 0..1
   */
  public Faults flaky(CityCode city, DepartmentName department, double failureRate, long seed) {
    if (failureRate < 0 || failureRate > 1) {
      throw new IllegalArgumentException("failureRate must be between 0 and 1");
    }
    return put(city, department, new DepartmentFault.Flaky(failureRate, new SplittableRandom(seed)));
  }

  /**
   * The department answers 429 {@code rate_limited} with {@code Retry-After}.
   *
   * @param city the city
   * @param department the department, as its module declares it
   * @param retryAfter the wait the answer announces, not null
   * @return these faults, to chain
   */
  public Faults rateLimited(CityCode city, DepartmentName department, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    return put(city, department, new DepartmentFault.RateLimited(retryAfter));
  }

  /**
   * Untyped form of {@link #unavailable(CityCode, DepartmentName)}, kept while department modules
   * written before the typed API are merged.
   *
   * @deprecated use {@link #unavailable(CityCode, DepartmentName)}
   * @param cityCode a six-digit city code
   * @param department a department name
   * @return these faults, to chain
   */
  @Deprecated(forRemoval = true)
  @SuppressWarnings("InlineMeSuggester") // about to go; @InlineMe would add Error Prone's annotations to the API
  public Faults unavailable(String cityCode, String department) {
    return unavailable(CityCode.of(cityCode), DepartmentName.of(department));
  }

  /**
   * Untyped form of {@link #slow(CityCode, DepartmentName, Duration)}.
   *
   * @deprecated use {@link #slow(CityCode, DepartmentName, Duration)}
   * @param cityCode a six-digit city code
   * @param department a department name
   * @param delay how long every answer waits, not null
   * @return these faults, to chain
   */
  @Deprecated(forRemoval = true)
  @SuppressWarnings("InlineMeSuggester") // about to go; @InlineMe would add Error Prone's annotations to the API
  public Faults slow(String cityCode, String department, Duration delay) {
    return slow(CityCode.of(cityCode), DepartmentName.of(department), delay);
  }

  private Faults put(CityCode city, DepartmentName department, DepartmentFault fault) {
    departments.put(new Department(city, department), fault);
    return this;
  }

  /**
   * The next {@code times} requests whose path matches {@code pathRegex} fail with {@code fault} before
   * any handler runs: nothing changes on the platform.
   *
   * @param pathRegex a regular expression the whole request path must match
   * @param fault the network failure, e.g. {@code Fault.CONNECTION_RESET_BY_PEER}
   * @param times how many matching requests fail
   * @return these faults, to chain
   */
  public Faults failNext(String pathRegex, Fault fault, int times) {
    raw.add(new RawFault(Pattern.compile(pathRegex), fault, new AtomicInteger(times), false));
    return this;
  }

  /**
   * The next {@code times} requests whose path matches {@code pathRegex} are handled (state changes, a
   * payment is taken, an idempotent result is stored) and THEN the connection fails with
   * {@code fault}: the client cannot know whether its request took effect.
   *
   * @param pathRegex a regular expression the whole request path must match
   * @param fault the network failure sent instead of the response
   * @param times how many matching requests fail
   * @return these faults, to chain
   */
  public Faults failAfterHandling(String pathRegex, Fault fault, int times) {
    raw.add(new RawFault(Pattern.compile(pathRegex), fault, new AtomicInteger(times), true));
    return this;
  }

  /** Removes every fault. */
  public void reset() {
    departments.clear();
    raw.clear();
  }

  /** Removes the fault of one department (the console's "healthy"). */
  void clear(Department department) {
    departments.remove(department);
  }

  /** The fault injected for a department, if any. */
  Optional<DepartmentFault> forDepartment(Department department) {
    return Optional.ofNullable(departments.get(department));
  }

  /**
   * Takes one use of a raw fault matching {@code path}.
   *
   * @param afterHandling which kind to look for
   */
  Optional<Fault> takeRaw(String path, boolean afterHandling) {
    for (RawFault f : raw) {
      if (f.afterHandling() == afterHandling && f.path().matcher(path).matches()
          && f.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        // Spent entries go, so a long run does not scan an ever-growing list.
        raw.removeIf(r -> r.remaining().get() == 0);
        return Optional.of(f.fault());
      }
    }
    return Optional.empty();
  }

  private record RawFault(Pattern path, Fault fault, AtomicInteger remaining, boolean afterHandling) {}

  /** What is wrong with a department. */
  sealed interface DepartmentFault {
    /** Always 503. */
    record Unavailable() implements DepartmentFault {}

    /** A fixed delay before answering. */
    record Slow(Duration delay) implements DepartmentFault {}

    /** Always 429. */
    record RateLimited(Duration retryAfter) implements DepartmentFault {}

    /** 503 for a seeded share of calls. */
    record Flaky(double failureRate, SplittableRandom random) implements DepartmentFault {
      boolean failsNow() {
        synchronized (random) {
          return random.nextDouble() < failureRate;
        }
      }
    }
  }
}
