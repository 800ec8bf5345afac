package io.cityservices.micrometer;

import io.cityservices.core.http.ExecutionInterceptor.CallInfo;
import io.micrometer.observation.Observation;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a call's observation knows: the SDK's {@link CallInfo} (nothing personal by its contract)
 * and, once the call ended, the HTTP status of its last response and the exception the caller
 * received. Its attempts' observations are its children, so with a tracer the call is one span with
 * a client span per attempt.
 */
public final class CallContext extends Observation.Context {

  private final CallInfo call;
  private final DepartmentKey department;
  private volatile int status;
  private volatile int lastAttemptStatus;
  private volatile @Nullable RuntimeException failure;

  CallContext(CallInfo call) {
    this.call = call;
    this.department = DepartmentKey.parse(call.department());
  }

  /**
   * The call being observed.
   *
   * @return its operation, department key and request id
   */
  public CallInfo call() {
    return call;
  }

  /**
   * The city of the call.
   *
   * @return the six-digit city code, or {@code none} for city-independent calls
   */
  public String city() {
    return department.city();
  }

  /**
   * The department the call addresses.
   *
   * @return the service ({@code traffic}, {@code utilities}, ..., {@code platform})
   */
  public String service() {
    return department.service();
  }

  /**
   * The HTTP status the call ended with.
   *
   * @return the status of the last response, 0 when none was received or the call has not ended
   */
  public int status() {
    return status;
  }

  /**
   * The exception the caller received.
   *
   * @return the failure, or empty for a successful (or still running) call
   */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  // The status of the attempt that ended last: a retry is tagged with what it retries.
  int lastAttemptStatus() {
    return lastAttemptStatus;
  }

  void attemptEnded(int status) {
    this.lastAttemptStatus = status;
  }

  void ended(int status, @Nullable RuntimeException failure) {
    this.status = status;
    this.failure = failure;
  }
}
