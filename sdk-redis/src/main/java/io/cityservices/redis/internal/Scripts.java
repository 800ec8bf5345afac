package io.cityservices.redis.internal;

/**
 * The Lua scripts. Each touches only keys of one app, which share a hash tag, so each runs on Redis
 * Cluster too.
 */
public final class Scripts {

  private Scripts() {}

  /**
   * KEYS: token, lease. ARGV: owner, lease milliseconds. Takes the lease if free and returns
   * {@code {1 if taken else 0, the stored token or nil}} read in the same step, so a token published
   * between the read and the lease is never missed.
   */
  public static final String ACQUIRE =
      "local taken = redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2])\n"
          + "return {taken and 1 or 0, redis.call('GET', KEYS[1])}";

  /**
   * KEYS: token, lease. ARGV: owner, sealed token, milliseconds to live. Stores the token and frees
   * the lease only while the caller still holds it, so a holder whose lease expired cannot
   * overwrite the token of the one that took over. Returns 1 when stored.
   */
  public static final String PUBLISH =
      "if redis.call('GET', KEYS[2]) == ARGV[1] then\n"
          + "  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])\n"
          + "  redis.call('DEL', KEYS[2])\n"
          + "  return 1\n"
          + "end\n"
          + "return 0";

  /** KEYS: one key. ARGV: expected value. Deletes the key only while it holds that value. */
  public static final String COMPARE_AND_DELETE =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then\n"
          + "  return redis.call('DEL', KEYS[1])\n"
          + "end\n"
          + "return 0";
}
