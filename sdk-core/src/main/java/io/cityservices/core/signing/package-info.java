/**
 * Keys for HTTP Message Signatures (RFC 9421): the app's {@link
 * io.cityservices.core.signing.SigningKey}, the platform's {@link
 * io.cityservices.core.signing.VerificationKey}s and {@link io.cityservices.core.signing.Jwks} key
 * sets, and {@link io.cityservices.core.signing.KeyPairs} to generate them. Signing and verifying
 * messages is done by the SDK itself; a verification failure is a {@link
 * io.cityservices.core.error.SignatureException} with one of the codes of {@link
 * io.cityservices.core.signing.SignatureErrors}.
 */
@NullMarked
package io.cityservices.core.signing;

import org.jspecify.annotations.NullMarked;
