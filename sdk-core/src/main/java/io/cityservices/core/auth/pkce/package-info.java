/** Proof Key for Code Exchange (RFC 7636) for the citizen authorisation-code flow. */
package io.cityservices.core.auth.pkce;
