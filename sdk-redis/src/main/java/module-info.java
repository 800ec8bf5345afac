/**
 * Sharing between many instances of an app through Redis: the app token, webhook de-duplication, a
 * rate-limit quota and a department-open signal. Only {@code io.cityservices.redis} is exported;
 * {@code io.cityservices.redis.internal} is the implementation.
 */
// Lettuce is an automatic module (no descriptor of its own; Automatic-Module-Name lettuce.core), and
// its types are in this module's API (RedisSharing.Builder#client, #connection): reading it, and
// passing that on, is deliberate.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.cityservices.redis {
  // @NullMarked / @Nullable: annotations only, not needed at run time; transitive because @Nullable
  // is part of public signatures, which a module reading this one must be able to see.
  requires static transitive org.jspecify;
  // The SPI this module implements (TokenStore, EventDeduplicator, RequestQuota, DepartmentSignal).
  requires transitive io.cityservices.core;
  requires transitive lettuce.core;
  requires org.slf4j;

  exports io.cityservices.redis;
}
