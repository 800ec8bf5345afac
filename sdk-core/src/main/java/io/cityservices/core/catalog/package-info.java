/**
 * Which services each city offers: the platform catalog ({@code GET /v1/catalog}).
 */
package io.cityservices.core.catalog;
