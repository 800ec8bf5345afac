/** Implementation of the Redis sharing: not for use by applications. */
package io.cityservices.redis.internal;
