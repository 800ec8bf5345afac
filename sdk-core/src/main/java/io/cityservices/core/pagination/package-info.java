/**
 * Cursor pagination: {@link io.cityservices.core.pagination.Page} and the lazily auto-paginating {@link io.cityservices.core.pagination.PagedIterable}.
 */
package io.cityservices.core.pagination;
