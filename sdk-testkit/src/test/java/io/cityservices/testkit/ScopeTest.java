package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.model.CityCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scopes come from the modules: a department a module declares is enforced on its routes and known at
 * the token endpoint; anything else is refused there. Uses a module the testkit core has never heard
 * of, so nothing here can pass because of a hard-coded name.
 */
class ScopeTest {
  static final DepartmentName LIBRARY = DepartmentName.of("library-test");
  static CitySandbox sandbox;

  /** A department declared only through the SPI, offered in Ningbo and Wuhan. */
  static final class LibraryModule implements SandboxModule {
    @Override
    public List<DepartmentSpec> departments() {
      return List.of(new DepartmentSpec(LIBRARY, "library.read", java.util.Set.of(CityCode.NINGBO, CityCode.WUHAN)));
    }

    @Override
    public void register(SandboxContext context) {
      context.router().get("/v1/cities/{city}/library-test/books", RouteFlags.DEFAULT,
          r -> SandboxResponse.ok(Map.of("city", r.pathParam("city"))));
    }
  }

  @BeforeAll
  static void start() {
    sandbox = CitySandbox.builder().module(new LibraryModule()).build().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void aTokenGrantedOnlyTrafficIsRefusedOnUtilitiesRoutesWithInsufficientScope() {
    TestClient trafficOnly = TestClient.connect(sandbox, "traffic");

    TestClient.Reply utilities = trafficOnly.get("/v1/cities/310000/utilities/companies");
    TestClient.Reply traffic = trafficOnly.get("/v1/cities/310000/traffic/inspection-stations");

    assertThat(utilities.status()).isEqualTo(403);
    assertThat(utilities.json().get("code").asText()).isEqualTo("insufficient_scope");
    assertThat(utilities.header("WWW-Authenticate")).contains("insufficient_scope").contains("scope=\"utilities\"");
    assertThat(traffic.status()).isEqualTo(200);
  }

  @Test
  void unknownScopeIsRefusedAtTheTokenEndpoint() {
    TestClient.Reply reply = TestClient.call(TestClient.http(), TestClient.tokenRequest(sandbox, sandbox.defaultApp(),
        Map.of("grant_type", "client_credentials", "scope", "traffic parking")));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("code").asText()).isEqualTo("invalid_scope");
    assertThat(reply.json().get("detail").asText()).contains("parking");
  }

  @Test
  void aModulesDeclaredDepartmentIsInTheCatalogAndItsScopeIsKnownAndEnforced() {
    TestClient withLibrary = TestClient.connect(sandbox, "catalog library.read");
    TestClient withoutLibrary = TestClient.connect(sandbox, "catalog traffic");

    assertThat(withLibrary.get("/v1/cities/330200/library-test/books").status()).isEqualTo(200);
    assertThat(withLibrary.get("/v1/cities/310000/library-test/books").json().get("code").asText())
        .isEqualTo("service_not_offered");
    assertThat(withoutLibrary.get("/v1/cities/420100/library-test/books").json().get("code").asText())
        .isEqualTo("insufficient_scope");
    String catalog = withLibrary.get("/v1/catalog").json().toString();
    assertThat(catalog).contains("\"city_code\":\"420100\",\"name\":\"武汉\",\"services\":[\"traffic\",\"utilities\",\"health\",\"library-test\"]");
  }

  @Test
  void faultsAreInjectedPerDeclaredDepartment() {
    sandbox.faults().unavailable(CityCode.NINGBO, LIBRARY);
    try {
      TestClient client = TestClient.connect(sandbox);
      TestClient.Reply reply = client.get("/v1/cities/330200/library-test/books");
      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.json().get("department").get("service").asText()).isEqualTo("library-test");
      assertThat(client.get("/v1/cities/420100/library-test/books").status()).isEqualTo(200);
    } finally {
      sandbox.reset();
    }
  }
}
