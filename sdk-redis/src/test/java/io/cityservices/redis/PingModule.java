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

/** A signed, authenticated read for the sharing tests: what any department call needs of auth. */
final class PingModule implements SandboxModule {

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
        request -> SandboxResponse.ok(Map.of("city", request.pathParam("city"))));
  }
}
