package io.cityservices.socialinsurance.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The module's {@link ServiceCalls} with the scope rule in front: social insurance data is released
 * only to a citizen token granted the {@code social_insurance} scope, so a token known to lack it is
 * refused before anything is sent (a token whose scope is not known is left to the platform).
 */
final class SocialInsuranceCalls {
  static final String SCOPE = "social_insurance";

  private final ServiceCalls calls;

  SocialInsuranceCalls(ServiceCalls calls) {
    this.calls = calls;
  }

  ApiRequest.Builder request(Operation operation) {
    return calls.request(operation);
  }

  <T> T execute(Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    return calls.execute(scoped(request, options), options, type);
  }

  <T> CompletableFuture<T> executeAsync(Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    return calls.executeAsync(scoped(request, options), options, type);
  }

  private static Supplier<ApiRequest> scoped(Supplier<ApiRequest> request, RequestOptions options) {
    return () -> {
      ApiRequest built = request.get();
      String scope = options == null ? null : options.citizenOptional().map(CitizenToken::scope).orElse(null);
      if (scope != null && Arrays.stream(scope.trim().split("\\s+")).noneMatch(SCOPE::equals)) {
        throw ValidationException.of("options.citizen", "the citizen token was not granted the " + SCOPE + " scope");
      }
      return built;
    };
  }
}
