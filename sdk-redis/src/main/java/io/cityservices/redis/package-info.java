/**
 * Sharing between many instances of an app through Redis (on Lettuce): the app token and its
 * session key ({@link io.cityservices.redis.RedisTokenStore}) and webhook de-duplication ({@link
 * io.cityservices.redis.RedisEventDeduplicator}), both obtained from {@link
 * io.cityservices.redis.RedisSharing}. Redis failing never fails a platform call: the instance goes
 * on in memory.
 */
@NullMarked
package io.cityservices.redis;

import org.jspecify.annotations.NullMarked;
