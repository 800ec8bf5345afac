/** Implementation of the Redis sharing: not for use by applications. */
@NullMarked
package io.cityservices.redis.internal;

import org.jspecify.annotations.NullMarked;
