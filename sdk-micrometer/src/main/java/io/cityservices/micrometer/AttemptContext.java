package io.cityservices.micrometer;

import io.cityservices.core.http.ExecutionInterceptor.AttemptInfo;
import io.micrometer.observation.transport.RequestReplySenderContext;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What an attempt's observation knows: the SDK's {@link AttemptInfo} (nothing personal by its
 * contract) and, once it ended, its HTTP status and failure. A sender context, so that a tracing
 * handler propagates the trace (W3C {@code traceparent}) into the attempt's headers.
 */
public final class AttemptContext extends RequestReplySenderContext<BiConsumer<String, String>, Integer> {

  private final AttemptInfo attempt;
  private final DepartmentKey department;
  private volatile @Nullable RuntimeException failure;

  AttemptContext(AttemptInfo attempt, @Nullable BiConsumer<String, String> headers) {
    super(AttemptContext::setHeader);
    this.attempt = attempt;
    this.department = DepartmentKey.parse(attempt.department());
    setCarrier(headers);
    setRemoteServiceName("city-services");
  }

  private static void setHeader(@Nullable BiConsumer<String, String> carrier, String key, String value) {
    if (carrier != null) {
      carrier.accept(key, value);
    }
  }

  /**
   * The attempt being observed.
   *
   * @return its operation, department key, request id and number (1 for the first attempt)
   */
  public AttemptInfo attempt() {
    return attempt;
  }

  /**
   * The city of the attempt.
   *
   * @return the six-digit city code, or {@code none} for city-independent calls
   */
  public String city() {
    return department.city();
  }

  /**
   * The department the attempt addresses.
   *
   * @return the service ({@code traffic}, {@code utilities}, ..., {@code platform})
   */
  public String service() {
    return department.service();
  }

  /**
   * The HTTP status the attempt ended with.
   *
   * @return the status, 0 when no response was received or the attempt has not ended
   */
  public int status() {
    Integer status = getResponse();
    return status == null ? 0 : status;
  }

  /**
   * The exception the attempt ended in.
   *
   * @return the failure, or empty for a successful (or still running) attempt
   */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  void ended(int status, @Nullable RuntimeException failure) {
    setResponse(status);
    this.failure = failure;
    // The carrier is only valid while the attempt is being prepared.
    setCarrier(null);
  }
}
