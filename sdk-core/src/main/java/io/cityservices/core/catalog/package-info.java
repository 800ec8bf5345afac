/**
 * Which services each city offers: the platform catalog ({@code GET /v1/catalog}).
 */
@NullMarked
package io.cityservices.core.catalog;

import org.jspecify.annotations.NullMarked;
