package io.cityservices.redis;

import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.TokenStore;
import io.cityservices.redis.internal.RedisGuard;
import io.cityservices.redis.internal.RedisKeys;
import io.cityservices.redis.internal.Scripts;
import io.cityservices.redis.internal.TokenCipher;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenStore} shared by every instance connected to one Redis: the app token and its
 * session key are stored once per (base URL, client id, scope), sealed with AES-GCM under the app's
 * key, and one instance at a time fetches a replacement while the others wait for it and take it
 * without a token request of their own.
 *
 * <p>Each instance keeps the token it uses in memory too, so a call with a valid token makes no
 * Redis round trip; Redis is asked only when the token must be replaced. The instance that takes
 * the lease ({@code SET NX PX} with a random owner) fetches and publishes the token, freeing the
 * lease in the same script; a lease whose holder died expires after the lease timeout. A rejected
 * token is deleted from Redis only while it is still the stored one.
 *
 * <p>Fails open: when Redis fails or does not answer within its timeout, the instance fetches its
 * own token as it would without Redis, and shares again once Redis answers. Obtain it from {@link
 * RedisSharing#tokenStore()}; thread-safe.
 */
public final class RedisTokenStore implements TokenStore {

  private static final Logger LOG = LoggerFactory.getLogger("io.cityservices.redis");

  private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

  private final RedisAsyncCommands<String, String> redis;
  private final RedisGuard guard;
  private final RedisKeys keys;
  private final TokenCipher cipher;
  private final Clock clock;
  private final Duration leaseTimeout;
  private final ConcurrentMap<TokenKey, Held> held = new ConcurrentHashMap<>();
  // The last token the platform rejected here, per key: a concurrent refresh on this instance may
  // read Redis before the rejected token's deletion lands there, and must not take it back.
  private final ConcurrentMap<TokenKey, AccessToken> rejected = new ConcurrentHashMap<>();
  private final Executor poll =
      CompletableFuture.delayedExecutor(POLL_INTERVAL.toNanos(), TimeUnit.NANOSECONDS);

  /** A token this instance uses, with its sealed form in Redis (null when not stored there). */
  private record Held(AccessToken token, @Nullable String sealed) {}

  RedisTokenStore(
      RedisAsyncCommands<String, String> redis,
      RedisGuard guard,
      RedisKeys keys,
      TokenCipher cipher,
      Clock clock,
      Duration leaseTimeout) {
    this.redis = redis;
    this.guard = guard;
    this.keys = keys;
    this.cipher = cipher;
    this.clock = clock;
    this.leaseTimeout = leaseTimeout;
  }

  /** The token this instance holds; never asks Redis. */
  @Override
  public Optional<AccessToken> get(TokenKey key) {
    return Optional.ofNullable(held.get(key)).map(Held::token);
  }

  /** Keeps {@code token} in this instance; {@link #replace} already shared it when it could. */
  @Override
  public void put(TokenKey key, AccessToken token) {
    held.compute(key, (k, h) -> h != null && isSame(h.token(), token) ? h : new Held(token, null));
  }

  // The very token replace() just took or published, whose sealed form is what Redis holds; an equal
  // token from elsewhere was not sealed here.
  @SuppressWarnings("ReferenceEquality")
  private static boolean isSame(AccessToken held, AccessToken token) {
    return held == token;
  }

  /** Forgets {@code token} here, and in Redis if it is still the stored token there. */
  @Override
  public void remove(TokenKey key, AccessToken token) {
    rejected.put(key, token);
    Held removed = held.get(key);
    if (removed == null || !removed.token().equals(token) || !held.remove(key, removed)) {
      return;
    }
    String sealed = removed.sealed();
    if (sealed != null && guard.usable()) {
      // Not awaited: the connection runs commands in order, so a following replace sees it done.
      Object unused = guard.call(
          () ->
              redis.<Long>eval(
                  Scripts.COMPARE_AND_DELETE,
                  ScriptOutputType.INTEGER,
                  new String[] {keys.token(key)},
                  sealed));
    }
  }

  /**
   * Takes the stored token when it is fresh and not {@code previous}; otherwise fetches under the
   * lease, or waits for the instance holding it. A waiter gives up after twice the lease timeout:
   * by then a holder that died has lost its lease, and one waiter takes it over instead of every
   * waiter fetching its own token.
   */
  @Override
  public CompletableFuture<AccessToken> replace(
      TokenKey key,
      AccessToken previous,
      Predicate<AccessToken> fresh,
      Supplier<CompletableFuture<AccessToken>> fetch) {
    long giveUpAt = System.nanoTime() + leaseTimeout.multipliedBy(2).toNanos();
    return attempt(key, previous, fresh, fetch, giveUpAt);
  }

  // handle(...) then thenCompose(f -> f): the reply or the failure decides the next stage, which is
  // itself asynchronous (Java 17 has no handleCompose).
  @SuppressWarnings("FutureReturnValueIgnored")
  private CompletableFuture<AccessToken> attempt(
      TokenKey key,
      AccessToken previous,
      Predicate<AccessToken> fresh,
      Supplier<CompletableFuture<AccessToken>> fetch,
      long giveUpAt) {
    if (!guard.usable()) {
      return fetch.get();
    }
    String tokenKey = keys.token(key);
    String leaseKey = keys.lease(key);
    String owner = UUID.randomUUID().toString();
    return guard
        .<List<Object>>call(
            () ->
                redis.eval(
                    Scripts.ACQUIRE,
                    ScriptOutputType.MULTI,
                    new String[] {tokenKey, leaseKey},
                    owner,
                    Long.toString(leaseTimeout.toMillis())))
        .handle(
            (reply, failure) -> {
              if (failure != null) {
                return fetch.get();
              }
              boolean leased = Long.valueOf(1).equals(reply.get(0));
              String sealed = reply.size() > 1 && reply.get(1) instanceof String s ? s : null;
              Optional<AccessToken> stored = cipher.open(tokenKey, sealed);
              if (stored.isPresent()
                  && !stored.get().equals(previous)
                  && !stored.get().equals(rejected.get(key))
                  && fresh.test(stored.get())) {
                if (leased) {
                  release(leaseKey, owner);
                }
                held.put(key, new Held(stored.get(), sealed));
                return CompletableFuture.completedFuture(stored.get());
              }
              if (leased) {
                return fetchUnderLease(key, owner, fetch);
              }
              if (System.nanoTime() - giveUpAt >= 0) {
                LOG.warn(
                    "No token was published within twice the lease timeout ({}): fetching this"
                        + " instance's own",
                    leaseTimeout);
                return fetch.get();
              }
              return CompletableFuture.supplyAsync(() -> null, poll)
                  .thenCompose(ignored -> attempt(key, previous, fresh, fetch, giveUpAt));
            })
        .thenCompose(f -> f);
  }

  private CompletableFuture<AccessToken> fetchUnderLease(
      TokenKey key, String owner, Supplier<CompletableFuture<AccessToken>> fetch) {
    String leaseKey = keys.lease(key);
    CompletableFuture<AccessToken> fetched;
    try {
      fetched = fetch.get();
    } catch (RuntimeException e) {
      fetched = CompletableFuture.failedFuture(e);
    }
    return fetched
        .whenComplete(
            (token, failure) -> {
              if (failure != null) {
                release(leaseKey, owner);
              }
            })
        .thenCompose(token -> publish(key, owner, token));
  }

  private CompletableFuture<AccessToken> publish(TokenKey key, String owner, AccessToken token) {
    String tokenKey = keys.token(key);
    String sealed = cipher.seal(tokenKey, token);
    long ttl = Math.max(1, Duration.between(clock.instant(), token.expiresAt()).toMillis());
    return guard
        .<Long>call(
            () ->
                redis.eval(
                    Scripts.PUBLISH,
                    ScriptOutputType.INTEGER,
                    new String[] {tokenKey, keys.lease(key)},
                    owner,
                    sealed,
                    Long.toString(ttl)))
        .handle(
            (stored, failure) -> {
              held.put(key, new Held(token, Long.valueOf(1).equals(stored) ? sealed : null));
              return token;
            });
  }

  // Not awaited: a lease that is not released lapses after the lease timeout.
  private void release(String leaseKey, String owner) {
    Object unused = guard.call(
        () ->
            redis.<Long>eval(
                Scripts.COMPARE_AND_DELETE,
                ScriptOutputType.INTEGER,
                new String[] {leaseKey},
                owner));
  }
}
