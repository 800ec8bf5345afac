package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Router router = new Router();

  @Test
  void matchesTemplatesAndExtractsParameters() {
    router.get("/v1/cities/{city}/traffic/violations/{id}", RouteFlags.DEFAULT, r -> SandboxResponse.noContent());

    assertThat(router.match("GET", "/v1/cities/310000/traffic/violations/v%2D1"))
        .hasValueSatisfying(m -> assertThat(m.pathParams()).isEqualTo(Map.of("city", "310000", "id", "v-1")));
    assertThat(router.match("POST", "/v1/cities/310000/traffic/violations/v1")).isEmpty();
    assertThat(router.match("GET", "/v1/cities/310000/traffic/violations")).isEmpty();
  }

  @Test
  void literalSegmentsWinOverParameters() {
    router.get("/v1/things/{id}", RouteFlags.DEFAULT, r -> SandboxResponse.ok("param"));
    router.get("/v1/things/summary", RouteFlags.DEFAULT.withPublicCache(), r -> SandboxResponse.ok("literal"));

    assertThat(router.match("GET", "/v1/things/summary")).hasValueSatisfying(m -> assertThat(m.route().flags().publicCacheable()).isTrue());
  }

  @Test
  void duplicateRoutesAreRefused() {
    router.get("/v1/x", RouteFlags.DEFAULT, r -> SandboxResponse.noContent());

    assertThatThrownBy(() -> router.get("/v1/x", RouteFlags.DEFAULT, r -> SandboxResponse.noContent()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void paymentFlagsCombine() {
    RouteFlags payment = RouteFlags.payment();

    assertThat(payment.requiresCitizen() && payment.idempotentCreate() && payment.nonRepudiation() && payment.signedResult()).isTrue();
    assertThat(payment.open() || payment.publicCacheable()).isFalse();
  }
}
