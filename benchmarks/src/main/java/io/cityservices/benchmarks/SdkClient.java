package io.cityservices.benchmarks;

import io.cityservices.benchmarks.model.Payments.PayFine;
import io.cityservices.benchmarks.model.Payments.PaymentResult;
import io.cityservices.benchmarks.model.RawViolation.RawPage;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.Violation;
import io.cityservices.traffic.ViolationQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK side. The routine read goes through sdk-traffic's real client: {@code
 * TrafficClient.create(services, CityCode.SHANGHAI).violations().list(query, forCitizen(token))}
 * (query checks, app token, citizen token, request id, {@code sig1} on every request, verified
 * {@code sig1} and content digest on every response, sdk-traffic's typed {@link Violation}). The
 * payment is still called the way sdk-traffic calls the core (an {@link Operation} executed through
 * the {@link ApiExecutor}) with a benchmark-local body and result: idempotency key, the app's
 * {@code sig2} and the platform's verified {@code rsa-pss-sha512} {@code sig2}.
 */
public final class SdkClient implements AutoCloseable {

  /** The citizen's own vehicles, a page of 50: what the loopback server's fixed page answers. */
  static final ViolationQuery OWN_VEHICLES = ViolationQuery.ownVehicles().limit(50).build();
  /** The same endpoint declared as sdk-traffic declares it, for the plain-records variant. */
  static final Operation LIST_VIOLATIONS =
      Operation.read("listViolations", "traffic", "/v1/cities/{city}/traffic/violations");
  static final Operation PAY_FINE =
      Operation.payment(
          "payFine", "traffic", "/v1/cities/{city}/traffic/violations/{violationId}/payments");
  static final ResponseType<RawPage> PLAIN_PAGE = ResponseType.of(RawPage.class);
  static final ResponseType<PaymentResult> PAYMENT = ResponseType.of(PaymentResult.class);

  private final CityServices city;
  private final ApiExecutor executor;
  private final TrafficClient traffic;
  private final RequestOptions citizen;

  /**
   * @param appKeyAlgorithm the app's key for {@code sig2}: {@code ed25519} or {@code ecdsa-p256-sha256}
   */
  public SdkClient(Platform platform, SignatureAlgorithm appKeyAlgorithm) {
    this.city =
        CityServices.builder()
            .baseUrl(platform.baseUrl())
            .credentials(
                AppCredentials.privateKey(
                    "bench-app", KeyPairs.generate("app-key-1", appKeyAlgorithm).signingKey()))
            .build();
    this.executor = city.apiExecutor();
    this.traffic = TrafficClient.create(city, CityCode.SHANGHAI);
    this.citizen =
        RequestOptions.forCitizen(
            new CitizenToken(
                "citizen-bench-1",
                "ct-bench-0123456789abcdef",
                null,
                Instant.now().plus(1, ChronoUnit.DAYS),
                "traffic"));
  }

  /** The request {@code violations().list(OWN_VEHICLES, ...)} sends. */
  private static ApiRequest listRequest() {
    return ApiRequest.of(LIST_VIOLATIONS)
        .path("city", LoopbackPlatform.CITY)
        .query("limit", 50)
        .build();
  }

  private static ApiRequest payRequest(String violationId) {
    return ApiRequest.of(PAY_FINE)
        .path("city", LoopbackPlatform.CITY)
        .path("violationId", violationId)
        .body(new PayFine(violationId, Money.cny(20_000), "wechat", "o-bench-openid"))
        .build();
  }

  public Page<Violation> violations() {
    return traffic.violations().list(OWN_VEHICLES, citizen);
  }

  /**
   * The same signed call (same operation, path and query) made through the core {@link
   * ApiExecutor} directly and read into the raw baseline's plain records: isolates what the
   * transport (tokens, request id, signing, response verification and digest) costs from what
   * sdk-traffic's typed, self-checking model and its query checks cost.
   */
  public RawPage violationsPlainModel() {
    return executor.execute(listRequest(), citizen, PLAIN_PAGE);
  }

  public CompletableFuture<Page<Violation>> violationsAsync() {
    return traffic.violations().listAsync(OWN_VEHICLES, citizen);
  }

  public PaymentResult pay(String violationId) {
    return executor.execute(payRequest(violationId), citizen, PAYMENT);
  }

  public CompletableFuture<PaymentResult> payAsync(String violationId) {
    return executor.executeAsync(payRequest(violationId), citizen, PAYMENT);
  }

  @Override
  public void close() {
    city.close();
  }
}
