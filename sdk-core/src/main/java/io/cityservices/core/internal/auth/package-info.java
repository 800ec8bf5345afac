/**
 * Implementation: token endpoint client, token provider and citizen authorisation. Not API.
 */
package io.cityservices.core.internal.auth;
