package io.cityservices.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.DepartmentSpec;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.SandboxModule;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Holds the sandbox's answers to faults to a department's bundled OpenAPI document: every operation of
 * the document is called while the department is unavailable, while it rate-limits, in a city that does
 * not offer it, with a refused citizen token and with an app token lacking its scope, and every answer's
 * status and problem {@code code} must be listed for that operation (see {@link ContractDocument}). A
 * module gets it with one class:
 *
 * <pre>{@code
 * class LibraryProblemsTest extends DepartmentProblemsTest {
 *   LibraryProblemsTest() { super("library"); }
 * }
 * }</pre>
 *
 * <p>The module's contract test holds its ordinary answers (successes and the department's own codes)
 * to the same document with {@link ContractDocument#violations(List)}.
 */
@CitySandboxTest
public abstract class DepartmentProblemsTest {
  /** A real GB/T 2260 code (Beijing) that no seed city has, so no department offers a service there. */
  private static final CityCode UNSEEDED = CityCode.of("110000");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final ResponseType<JsonNode> JSON = ResponseType.of(JsonNode.class);

  private final DepartmentName department;
  private final ContractDocument document;
  /** Injected by {@link CitySandboxTest}. */
  CitySandbox sandbox;

  /**
   * @param department the department's path segment, which is also its document's name, e.g.
   *     {@code social-insurance}
   */
  protected DepartmentProblemsTest(String department) {
    this.department = DepartmentName.of(Objects.requireNonNull(department, "department"));
    this.document = ContractDocument.load(department);
  }

  @Test
  void everyOperationAnswersFaultsWithAStatusAndCodeItsDocumentLists() {
    DepartmentSpec spec = spec();
    CityCode city = spec.cities().stream().min(Comparator.comparing(CityCode::value)).orElseThrow();
    CityCode elsewhere = spec.offeredIn(UNSEEDED) ? null : UNSEEDED;
    CitizenToken citizen;
    try (CityServices services = client(new OkHttpClient(), null)) {
      citizen = SandboxLogin.citizenToken(services, sandbox.seed().firstCitizen(city).id());
    }
    CitizenToken refused = new CitizenToken(citizen.citizenId(), "refused-" + citizen.citizenId(), null,
        Instant.now().plus(Duration.ofHours(1)), citizen.scope());

    List<String> unexpected = new ArrayList<>();
    List<ContractExchanges.Exchange> all = new ArrayList<>();
    all.addAll(run("department unavailable", 503, city, citizen, null,
        s -> s.faults().unavailable(city, department), unexpected));
    all.addAll(run("department rate-limiting", 429, city, citizen, null,
        s -> s.faults().rateLimited(city, department, Duration.ofSeconds(1)), unexpected));
    if (elsewhere != null) {
      all.addAll(run("city not offering it", 404, elsewhere, citizen, null, s -> { }, unexpected));
    }
    all.addAll(run("citizen token refused", 401, city, refused, null, s -> { }, unexpected));
    all.addAll(run("app token without the department's scope", 403, city, citizen, "catalog", s -> { }, unexpected));

    assertThat(unexpected).as("answers other than the fault's").isEmpty();
    List<String> undocumented = all.stream().map(document::undocumented).flatMap(java.util.Optional::stream).toList();
    assertThat(undocumented).as("answers " + document.name() + ".yaml does not list").isEmpty();
  }

  /**
   * Calls every operation of the document under one fault, each with a new client so that no breaker,
   * learnt rate limit or cache of an earlier call keeps a later one from being sent.
   */
  private List<ContractExchanges.Exchange> run(String fault, int expected, CityCode city, CitizenToken citizen,
      String scope, Consumer<CitySandbox> inject, List<String> unexpected) {
    List<ContractExchanges.Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    inject.accept(sandbox);
    try {
      for (ContractDocument.DocumentedOperation op : document.operations()) {
        OkHttpClient recording = new OkHttpClient.Builder()
            .addNetworkInterceptor(ContractExchanges.record(exchanges)).build();
        try (CityServices services = client(recording, scope)) {
          services.apiExecutor().execute(request(op, city), RequestOptions.forCitizen(citizen), JSON);
        } catch (CityServicesException expectedFailure) {
          // The answer is checked from the recorded exchange below.
        } finally {
          recording.dispatcher().executorService().shutdown();
          recording.connectionPool().evictAll();
        }
      }
    } finally {
      sandbox.faults().reset();
    }
    List<ContractExchanges.Exchange> ours = exchanges.stream()
        .filter(e -> e.path().contains("/" + department.value() + "/"))
        .filter(e -> expected != 401 || e.requestHeaders().stream().anyMatch(h -> h[0].equalsIgnoreCase("X-Citizen-Token")))
        .toList();
    if (ours.isEmpty()) {
      unexpected.add(fault + ": no operation was answered");
    }
    ours.stream().filter(e -> e.status() != expected)
        .forEach(e -> unexpected.add(fault + ": " + e.method() + " " + e.path() + " -> " + e.status() + ", not " + expected));
    return ours;
  }

  private CityServices client(OkHttpClient http, String scope) {
    CityServices.Builder builder = CityServices.builder().baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials()).okHttpClient(http)
        .retryPolicy(RetryPolicy.none()).checkServiceCatalog(false);
    return (scope == null ? builder : builder.scope(scope)).build();
  }

  private ApiRequest request(ContractDocument.DocumentedOperation op, CityCode city) {
    Operation.Kind kind = switch (op.method()) {
      case "GET" -> Operation.Kind.READ;
      case "PUT", "DELETE" -> Operation.Kind.IDEMPOTENT_WRITE;
      default -> op.keyed() ? Operation.Kind.CREATE : Operation.Kind.ACTION;
    };
    Operation operation = new Operation(op.operationId(), department.value(), op.method(), op.pathTemplate(), kind,
        op.citizen());
    ApiRequest.Builder request = ApiRequest.of(operation);
    Matcher parameter = PATH_PARAMETER.matcher(op.pathTemplate());
    while (parameter.find()) {
      String name = parameter.group(1);
      request.path(name, name.equals("city") ? city.value() : "x1");
    }
    if (op.hasBody()) {
      request.body(Map.of());
    }
    return request.build();
  }

  private DepartmentSpec spec() {
    return ServiceLoader.load(SandboxModule.class).stream()
        .flatMap(m -> m.get().departments().stream())
        .filter(s -> s.name().equals(department))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no sandbox module declares the department " + department));
  }
}
