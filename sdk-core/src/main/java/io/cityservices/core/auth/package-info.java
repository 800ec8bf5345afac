/**
 * App authentication (OAuth 2.0 client credentials with {@code private_key_jwt} or Basic), the token store, and acting for a citizen (authorisation code with PKCE, {@link io.cityservices.core.auth.CitizenToken}).
 */
@NullMarked
package io.cityservices.core.auth;

import org.jspecify.annotations.NullMarked;
