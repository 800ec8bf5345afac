package io.cityservices.socialinsurance;

import io.cityservices.core.error.PermissionException;

/**
 * The platform needs a fresh real-name check (实名认证, usually a face check) of the citizen before it
 * issues a certificate or takes a payment ({@code identity_not_verified}). Send the citizen through
 * the check, then call again; nothing was done.
 */
public class IdentityNotVerifiedException extends PermissionException {
  /**
   * Wraps the refusal the platform answered with.
   *
   * @param cause the platform's error, kept as the cause
   */
  public IdentityNotVerifiedException(PermissionException cause) {
    super("the citizen must pass a fresh real-name check first", cause.status(), cause.code(), cause.requestId(),
        cause.problem(), cause);
  }
}
