package io.cityservices.benchmarks;

import io.cityservices.benchmarks.model.Payments.PayFine;
import io.cityservices.benchmarks.model.Payments.PaymentResult;
import io.cityservices.benchmarks.model.RawViolation.RawPage;
import io.cityservices.benchmarks.model.Violation;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.Money;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.signing.SignatureAlgorithm;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK side, called the way sdk-traffic's client calls the core: an {@link Operation} declared
 * once, an {@link ApiRequest} built per call, executed through the {@link ApiExecutor} (app token,
 * citizen token, request id, {@code sig1} on every request, verified {@code sig1} on every
 * response; for payments also the idempotency key, the app's {@code sig2} and the platform's
 * verified {@code rsa-pss-sha512} {@code sig2}).
 */
public final class SdkClient implements AutoCloseable {

  static final Operation LIST_VIOLATIONS =
      Operation.read("listVehicleViolations", "traffic", "/v1/cities/{city}/traffic/violations");
  static final Operation PAY_FINE =
      Operation.payment(
          "payFine", "traffic", "/v1/cities/{city}/traffic/violations/{violationId}/payments");
  static final ResponseType<Page<Violation>> PAGE = ResponseType.pageOf(Violation.class);
  static final ResponseType<RawPage> PLAIN_PAGE = ResponseType.of(RawPage.class);
  static final ResponseType<PaymentResult> PAYMENT = ResponseType.of(PaymentResult.class);

  private final CityServices city;
  private final ApiExecutor executor;
  private final RequestOptions citizen;

  /**
   * @param appKeyAlgorithm the app's key for {@code sig2}: {@code ed25519} or {@code ecdsa-p256-sha256}
   */
  public SdkClient(LoopbackPlatform platform, SignatureAlgorithm appKeyAlgorithm) {
    this.city =
        CityServices.builder()
            .baseUrl(platform.baseUrl())
            .credentials(
                AppCredentials.privateKey(
                    "bench-app", KeyPairs.generate("app-key-1", appKeyAlgorithm).signingKey()))
            .build();
    this.executor = city.apiExecutor();
    this.citizen =
        RequestOptions.forCitizen(
            new CitizenToken(
                "citizen-bench-1",
                "ct-bench-0123456789abcdef",
                null,
                Instant.now().plus(1, ChronoUnit.DAYS),
                "traffic"));
  }

  private static ApiRequest listRequest(String plate) {
    return ApiRequest.of(LIST_VIOLATIONS)
        .path("city", LoopbackPlatform.CITY)
        .query("plate", plate)
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

  public Page<Violation> violations(String plate) {
    return executor.execute(listRequest(plate), citizen, PAGE);
  }

  /**
   * The same signed call read into the raw baseline's plain records: isolates what the transport
   * (tokens, request id, signing, response verification and digest) costs from what the typed,
   * self-checking model costs.
   */
  public RawPage violationsPlainModel(String plate) {
    return executor.execute(listRequest(plate), citizen, PLAIN_PAGE);
  }

  public CompletableFuture<Page<Violation>> violationsAsync(String plate) {
    return executor.executeAsync(listRequest(plate), citizen, PAGE);
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
