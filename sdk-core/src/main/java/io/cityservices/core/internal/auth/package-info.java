/**
 * Implementation: token endpoint client, token provider and citizen authorisation. Not API.
 */
@NullMarked
package io.cityservices.core.internal.auth;

import org.jspecify.annotations.NullMarked;
