package io.cityservices.core.signing;

import io.cityservices.core.error.SignatureException;

/**
 * The stable codes carried by the {@link SignatureException}s of this package, so callers can branch
 * on {@link SignatureException#code()}.
 */
public final class SignatureErrors {

  /** No {@code Signature-Input}/{@code Signature} (or none with the wanted label). */
  public static final String SIGNATURE_MISSING = "signature_missing";
  /** The signature headers are not valid structured fields or lack a required parameter. */
  public static final String SIGNATURE_MALFORMED = "signature_malformed";
  /** The signature does not verify over the message. */
  public static final String SIGNATURE_INVALID = "signature_invalid";
  /** {@code created} is older than the allowed age, or {@code expires} has passed. */
  public static final String SIGNATURE_EXPIRED = "signature_expired";
  /** {@code created} lies further in the future than the allowed clock skew. */
  public static final String SIGNATURE_NOT_YET_VALID = "signature_not_yet_valid";
  /** No signature names a key id the resolver knows. */
  public static final String KEY_UNKNOWN = "key_unknown";
  /** The {@code alg} parameter differs from the resolved key's algorithm. */
  public static final String ALGORITHM_MISMATCH = "algorithm_mismatch";
  /** A component the verifier requires is not covered by the signature. */
  public static final String COMPONENT_NOT_COVERED = "component_not_covered";
  /** A covered component is absent from the message or not supported. */
  public static final String COMPONENT_MISSING = "component_missing";
  /** A body is present but there is no {@code Content-Digest}. */
  public static final String DIGEST_MISSING = "digest_missing";
  /** {@code Content-Digest} names only algorithms this SDK does not support. */
  public static final String DIGEST_UNSUPPORTED = "digest_unsupported";
  /** {@code Content-Digest} does not match the body. */
  public static final String DIGEST_MISMATCH = "digest_mismatch";

  private SignatureErrors() {}
}
