/**
 * Cursor pagination: {@link io.cityservices.core.pagination.Page} and the lazily auto-paginating {@link io.cityservices.core.pagination.PagedIterable}.
 */
@NullMarked
package io.cityservices.core.pagination;

import org.jspecify.annotations.NullMarked;
