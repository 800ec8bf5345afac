/** Proof Key for Code Exchange (RFC 7636) for the citizen authorisation-code flow. */
@NullMarked
package io.cityservices.core.auth.pkce;

import org.jspecify.annotations.NullMarked;
