package io.cityservices.core.error;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.cityservices.core.privacy.Redactor;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem detail as the platform sends it ({@code application/problem+json}), with the
 * platform's extension members {@code code}, {@code request_id} and {@code errors}.
 *
 * @param type a URI reference identifying the problem type
 * @param title a short summary of the problem type
 * @param status the HTTP status code, or {@code null} when the body did not say
 * @param detail an explanation specific to this occurrence
 * @param instance a URI reference identifying this occurrence
 * @param code the platform's stable, machine-readable error code
 * @param requestId the request id the platform logged this problem under
 * @param errors field violations, empty when none apply
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    @Nullable String type,
    @Nullable String title,
    @Nullable Integer status,
    @Nullable String detail,
    @Nullable String instance,
    @Nullable String code,
    @Nullable String requestId,
    List<FieldViolation> errors) {

  /**
   * Drops null violations.
   *
   * @param type the problem type URI reference, or null
   * @param title the short summary, or null
   * @param status the HTTP status, or null
   * @param detail the occurrence's explanation, or null
   * @param instance the occurrence's URI reference, or null
   * @param code the platform's error code, or null
   * @param requestId the platform's request id, or null
   * @param errors the field violations, or null for none; null elements are dropped
   */
  public Problem {
    // A hostile or broken body may hold null entries; they say nothing.
    errors = errors == null ? List.of() : errors.stream().filter(Objects::nonNull).toList();
  }

  /**
   * Shows everything but the free-text {@code detail} and the {@code instance}, which may name a
   * person in a way no pattern recognises; the {@code title} and the violations' messages are
   * redacted (a title has been seen to quote an identity number).
   */
  @Override
  public String toString() {
    return "Problem[type=" + type + ", title=" + (title == null ? null : Redactor.redactText(title)) + ", status=" + status + ", code=" + code
        + ", requestId=" + requestId
        + (detail == null ? "" : ", detail=***(" + detail.length() + " chars)")
        + ", errors=" + errors + "]";
  }

  /**
   * A problem carrying only a status, title and code; used when the server sent no usable body.
   *
   * @param status the HTTP status of the response
   * @param title a short summary, e.g. the status's reason phrase
   * @param code the error code the SDK chose, e.g. {@code server_error}
   * @param detail an explanation, or null
   * @return a problem of type {@code about:blank} without instance, request id or violations
   */
  public static Problem of(int status, String title, String code, @Nullable String detail) {
    return new Problem("about:blank", title, status, detail, null, code, null, List.of());
  }
}
