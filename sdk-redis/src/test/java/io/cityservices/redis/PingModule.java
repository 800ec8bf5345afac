package io.cityservices.redis;

import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.DepartmentSpec;
import io.cityservices.testkit.RouteFlags;
import io.cityservices.testkit.SandboxContext;
import io.cityservices.testkit.SandboxModule;
import io.cityservices.testkit.SandboxResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A signed, authenticated read for the sharing tests: what any department call needs of auth. It
 * counts the pings it answered per second of the sandbox clock (only requests the sandbox's rate
 * limiter let through reach it).
 */
final class PingModule implements SandboxModule {

  private final ConcurrentMap<Long, AtomicInteger> answeredPerSecond = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "redis-test-ping";
  }

  /** The catalog must offer the department the ping route sits under, or the client refuses to send. */
  @Override
  public List<DepartmentSpec> departments() {
    return List.of(DepartmentSpec.of(DepartmentName.of("traffic"), List.of(CityCode.SHANGHAI)));
  }

  @Override
  public void register(SandboxContext context) {
    context.router().get("/v1/cities/{city}/traffic/ping", RouteFlags.DEFAULT,
        request -> {
          answeredPerSecond.computeIfAbsent(context.clock().instant().getEpochSecond(), s -> new AtomicInteger())
              .incrementAndGet();
          return SandboxResponse.ok(Map.of("city", request.pathParam("city")));
        });
  }

  /** Pings answered in each second (epoch second of the sandbox clock). */
  Map<Long, Integer> answeredPerSecond() {
    Map<Long, Integer> copy = new java.util.TreeMap<>();
    answeredPerSecond.forEach((second, n) -> copy.put(second, n.get()));
    return copy;
  }
}
