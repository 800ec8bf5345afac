/**
 * Implementation: assembling the citizen overview from the service modules' contributors. Not API.
 */
@NullMarked
package io.cityservices.core.internal.overview;

import org.jspecify.annotations.NullMarked;
