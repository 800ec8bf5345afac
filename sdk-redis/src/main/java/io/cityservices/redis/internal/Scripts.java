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
      """
      local taken = redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2])
      return {taken and 1 or 0, redis.call('GET', KEYS[1])}""";

  /**
   * KEYS: token, lease. ARGV: owner, sealed token, milliseconds to live. Stores the token and frees
   * the lease only while the caller still holds it, so a holder whose lease expired cannot
   * overwrite the token of the one that took over. Returns 1 when stored.
   */
  public static final String PUBLISH =
      """
      if redis.call('GET', KEYS[2]) == ARGV[1] then
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        redis.call('DEL', KEYS[2])
        return 1
      end
      return 0""";

  /** KEYS: one key. ARGV: expected value. Deletes the key only while it holds that value. */
  public static final String COMPARE_AND_DELETE =
      """
      if redis.call('GET', KEYS[1]) == ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0""";

  /**
   * KEYS: the department's bucket. ARGV: now in milliseconds (empty: the server's {@code TIME}), the
   * longest wait in milliseconds the caller accepts, the advertised quota {@code q} and window
   * {@code w} in milliseconds (both empty when this instance has not seen them: the stored ones
   * apply). Returns {@code {1, wait ms}} when one request is reserved, to be sent after the wait,
   * or {@code {0, wait ms}} when the wait would be longer than accepted (nothing reserved).
   *
   * <p>A token bucket that cannot exceed the advertised fixed window: it holds at most {@code cap
   * = max(1, q / 10)} tokens and refills at {@code (q - cap) / w}, so any window of length {@code
   * w} admits at most {@code cap + (q - cap) = q} requests whatever its alignment with the
   * platform's windows. A reservation takes its token at once (the bucket may go below zero), so
   * concurrent waiters queue in order. With no policy known anywhere, every request is admitted.
   */
  public static final String QUOTA =
      """
      local now = tonumber(ARGV[1])
      if not now then
        local t = redis.call('TIME')
        now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
      end
      local maxWait = tonumber(ARGV[2])
      local q = tonumber(ARGV[3])
      local w = tonumber(ARGV[4])
      local b = redis.call('HMGET', KEYS[1], 'q', 'w', 'tokens', 'ts')
      if q and w then
        if tonumber(b[1]) ~= q or tonumber(b[2]) ~= w then
          redis.call('HSET', KEYS[1], 'q', q, 'w', w)
        end
      else
        q = tonumber(b[1])
        w = tonumber(b[2])
        if not q or not w then return {1, 0} end
      end
      local cap = math.max(1, math.floor(q / 10))
      local rate = math.max(q - cap, q / 2) / w
      local tokens = tonumber(b[3]) or cap
      local ts = tonumber(b[4]) or now
      if now > ts then
        tokens = math.min(cap, tokens + (now - ts) * rate)
        ts = now
      end
      local wait = 0
      if tokens < 1 then wait = math.ceil((1 - tokens) / rate) end
      if wait > maxWait then return {0, wait} end
      redis.call('HSET', KEYS[1], 'tokens', tokens - 1, 'ts', ts)
      redis.call('PEXPIRE', KEYS[1], w + 60000)
      return {1, wait}""";
}
