package io.cityservices.testkit;

/**
 * What the platform enforces around a route's handler. Service modules declare these when they
 * register a route; the sandbox's pipeline does the work (authentication, signatures, idempotency,
 * caching), so handlers hold only the service's behaviour.
 *
 * @param open no app token, no request signature and no response signature (token, authorize, keys)
 * @param requiresCitizen the request must carry a valid {@code X-Citizen-Token}
 * @param idempotentCreate a POST that creates or pays: {@code Idempotency-Key} is required and replays
 *     return the first response
 * @param nonRepudiation the request must also carry {@code sig2}, signed with the app's registered key
 * @param signedResult the response also carries {@code sig2} ({@code rsa-pss-sha512}, platform key)
 * @param publicCacheable reference data: {@code Cache-Control: public, max-age=300}, an {@code ETag} and
 *     304 answers to a matching {@code If-None-Match}
 */
public record RouteFlags(
    boolean open,
    boolean requiresCitizen,
    boolean idempotentCreate,
    boolean nonRepudiation,
    boolean signedResult,
    boolean publicCacheable) {

  /** An ordinary route: app token and {@code sig1} required, response signed with {@code sig1}. */
  public static final RouteFlags DEFAULT = new RouteFlags(false, false, false, false, false, false);

  /**
   * A copy that needs no token and is not signed either way.
   *
   * @return new flags; these are unchanged
   */
  public RouteFlags asOpen() {
    return new RouteFlags(true, requiresCitizen, idempotentCreate, nonRepudiation, signedResult, publicCacheable);
  }

  /**
   * A copy that needs a citizen token.
   *
   * @return new flags; these are unchanged
   */
  public RouteFlags withCitizen() {
    return new RouteFlags(open, true, idempotentCreate, nonRepudiation, signedResult, publicCacheable);
  }

  /**
   * A copy that requires an {@code Idempotency-Key} and replays first responses.
   *
   * @return new flags; these are unchanged
   */
  public RouteFlags withIdempotentCreate() {
    return new RouteFlags(open, requiresCitizen, true, nonRepudiation, signedResult, publicCacheable);
  }

  /**
   * A copy that requires the app's own signature ({@code sig2}) on the request.
   *
   * @return new flags; these are unchanged
   */
  public RouteFlags withNonRepudiation() {
    return new RouteFlags(open, requiresCitizen, idempotentCreate, true, signedResult, publicCacheable);
  }

  /**
   * A copy whose responses the platform signs with its private key ({@code sig2}).
   *
   * @return new flags; these are unchanged
   */
  public RouteFlags withSignedResult() {
    return new RouteFlags(open, requiresCitizen, idempotentCreate, nonRepudiation, true, publicCacheable);
  }

  /**
   * A copy served as cacheable public reference data.
   *
   * @return new flags; these are unchanged
   */
  public RouteFlags withPublicCache() {
    return new RouteFlags(open, requiresCitizen, idempotentCreate, nonRepudiation, signedResult, true);
  }

  /**
   * The flags of a payment: citizen, idempotent, signed both ways.
   *
   * @return the flags of {@link #DEFAULT} with citizen, idempotent create, non-repudiation and signed result
   */
  public static RouteFlags payment() {
    return DEFAULT.withCitizen().withIdempotentCreate().withNonRepudiation().withSignedResult();
  }
}
