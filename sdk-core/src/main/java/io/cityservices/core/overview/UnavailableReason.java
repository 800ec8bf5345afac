package io.cityservices.core.overview;

/** Why a department's section is {@link SectionStatus#UNAVAILABLE}. */
public enum UnavailableReason {
  /** No answer before the overview's deadline. */
  TIMEOUT,
  /** The department's back end is down ({@code department_unavailable}, or a 5xx). */
  DEPARTMENT_UNAVAILABLE,
  /** The SDK's circuit breaker for the department is open: nothing was sent. */
  CIRCUIT_OPEN,
  /** The platform asked the app to slow down. */
  RATE_LIMITED,
  /** The app or the citizen's token may not see this department's data. */
  NOT_PERMITTED,
  /** No usable response: connection refused or reset, malformed body, bad signature. */
  TRANSPORT,
  /** Anything else, including a fault in the department module itself. */
  FAILED
}
