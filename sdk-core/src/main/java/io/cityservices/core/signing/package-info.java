/**
 * HTTP Message Signatures (RFC 9421) and Content-Digest (RFC 9530), independent of any HTTP library.
 *
 * <p>{@link io.cityservices.core.signing.MessageSigner} signs and
 * {@link io.cityservices.core.signing.MessageVerifier} verifies a
 * {@link io.cityservices.core.signing.SignatureComponents} view of a message, with keys built by
 * {@link io.cityservices.core.signing.SigningKey}, {@link io.cityservices.core.signing.VerificationKey}
 * and {@link io.cityservices.core.signing.Jwks}. Verification failures are
 * {@link io.cityservices.core.error.SignatureException}s with the codes of
 * {@link io.cityservices.core.signing.SignatureErrors}.
 */
package io.cityservices.core.signing;
