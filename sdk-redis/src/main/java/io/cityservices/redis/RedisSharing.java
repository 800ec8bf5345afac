package io.cityservices.redis;

import io.cityservices.core.error.TransportException;
import io.cityservices.core.resilience.RequestQuota;
import io.cityservices.core.webhook.InMemoryEventDeduplicator;
import io.cityservices.redis.internal.RedisGuard;
import io.cityservices.redis.internal.RedisKeys;
import io.cityservices.redis.internal.TokenCipher;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.DefaultClientResources;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;

/**
 * One app's connection to Redis for sharing state between its instances: hand {@link #tokenStore()}
 * to {@code CityServices.builder().tokenStore(...)}, {@link #eventDeduplicator(String)} to {@code
 * eventDeduplicator(...)}, {@link #requestQuota(String)} to {@code requestQuota(...)} and {@link
 * #departmentSignal(String)} to {@code departmentSignal(...)} on every instance.
 *
 * <pre>{@code
 * try (RedisSharing redis = RedisSharing.builder()
 *         .uri("redis://127.0.0.1:6379")
 *         .encryptionKey(appKey)          // AES key: seals tokens and session keys in Redis
 *         .build();
 *      CityServices city = CityServices.builder()
 *         .baseUrl(baseUrl).credentials(credentials)
 *         .tokenStore(redis.tokenStore())
 *         .eventDeduplicator(redis.eventDeduplicator(credentials.clientId()))
 *         .build()) { ... }
 * }</pre>
 *
 * <p>Closing it closes only what it created: a connection it opened, and the client and its
 * threads when it was given a URI. Thread-safe.
 */
public final class RedisSharing implements AutoCloseable {

  private final StatefulRedisConnection<String, String> connection;
  private final @Nullable RedisClient ownedClient;
  private final @Nullable ClientResources ownedResources;
  private final boolean ownsConnection;
  private final RedisGuard guard;
  private final RedisKeys keys;
  private final Duration eventRetention;
  private final Clock clock;
  private final @Nullable Clock quotaClock;
  private final Duration departmentOpenTtl;
  private final Duration departmentCheckInterval;
  private final RedisTokenStore tokenStore;

  private RedisSharing(Builder b, SecretKey encryptionKey) {
    this.eventRetention = b.eventRetention;
    this.clock = b.clock;
    this.quotaClock = b.quotaClock;
    this.departmentOpenTtl = b.departmentOpenTtl;
    this.departmentCheckInterval = b.departmentCheckInterval;
    this.keys = new RedisKeys(b.keyPrefix);
    TokenCipher cipher = new TokenCipher(encryptionKey);
    this.guard = new RedisGuard(b.timeout, b.retryInterval, System::nanoTime);
    if (b.connection != null) {
      this.connection = b.connection;
      this.ownsConnection = false;
      this.ownedClient = null;
      this.ownedResources = null;
    } else if (b.client != null) {
      this.connection = connect(b.client);
      this.ownsConnection = true;
      this.ownedClient = null;
      this.ownedResources = null;
    } else {
      // Reconnects within a second of Redis coming back, instead of Lettuce's 30 s ceiling.
      this.ownedResources =
          DefaultClientResources.builder()
              .reconnectDelay(
                  Delay.exponential(
                      Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
              .build();
      this.ownedClient = RedisClient.create(ownedResources, b.uri);
      // While disconnected a command fails at once rather than queueing until Redis is back.
      ownedClient.setOptions(
          ClientOptions.builder()
              .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
              .build());
      this.ownsConnection = true;
      StatefulRedisConnection<String, String> opened;
      try {
        opened = connect(ownedClient);
      } catch (RuntimeException e) {
        shutdownOwned();
        throw e;
      }
      this.connection = opened;
    }
    this.tokenStore =
        new RedisTokenStore(
            connection.async(), guard, keys, cipher, b.clock, b.leaseTimeout);
  }

  /**
   * Starts the configuration; {@link Builder#encryptionKey} and one of uri, client or connection
   * are required.
   *
   * @return a new builder with the defaults its setters name
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The shared token store, for {@code CityServices.builder().tokenStore(...)}.
   *
   * @return the same object on every call
   */
  public RedisTokenStore tokenStore() {
    return tokenStore;
  }

  /**
   * A shared webhook de-duplicator for the app {@code clientId}, keeping ids for the builder's
   * event retention.
   *
   * @param clientId the app's OAuth client id; part of the Redis key, so that apps sharing one Redis
   *     keep apart
   * @return a new de-duplicator; give the same one to every webhook receiver of this instance
   * @throws NullPointerException if {@code clientId} is null
   */
  public RedisEventDeduplicator eventDeduplicator(String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    return new RedisEventDeduplicator(
        connection.async(),
        guard,
        keys,
        clientId,
        eventRetention,
        new InMemoryEventDeduplicator(clock, eventRetention, 100_000));
  }

  /**
   * A rate-limit quota shared by every instance of the app {@code clientId}: one token bucket per
   * department in Redis, sized from the platform's advertised {@code RateLimit-Policy}. A new object
   * on each call; give one to each client.
   *
   * @param clientId the app's OAuth client id, which names the buckets in Redis
   * @return a new quota, for {@code CityServices.builder().requestQuota(...)}
   * @throws NullPointerException if {@code clientId} is null
   * @throws IllegalArgumentException if {@code clientId} contains braces
   */
  public RedisRequestQuota requestQuota(String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    RedisKeys.requireHashTag(clientId);
    return new RedisRequestQuota(
        connection.async(), guard, keys, clientId, quotaClock, RequestQuota.inMemory(clock));
  }

  /**
   * A "department open" signal shared by every instance of the app {@code clientId}: once one
   * instance's breaker opens, the others fail fast for the builder's department-open time to live.
   * A new object on each call; give one to each client.
   *
   * @param clientId the app's OAuth client id, which names the signals in Redis
   * @return a new signal, for {@code CityServices.builder().departmentSignal(...)}
   * @throws NullPointerException if {@code clientId} is null
   * @throws IllegalArgumentException if {@code clientId} contains braces
   */
  public RedisDepartmentSignal departmentSignal(String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    RedisKeys.requireHashTag(clientId);
    return new RedisDepartmentSignal(
        connection.async(),
        guard,
        keys,
        clientId,
        departmentOpenTtl,
        departmentCheckInterval,
        System::nanoTime);
  }

  /**
   * Whether state is being shared right now.
   *
   * @return true while the last Redis command succeeded, false while this instance runs in memory
   */
  public boolean isShared() {
    return guard.up();
  }

  /** Closes what this object created; a connection or client the app passed in stays open. */
  @Override
  public void close() {
    if (ownsConnection) {
      connection.close();
    }
    shutdownOwned();
  }

  private void shutdownOwned() {
    if (ownedClient != null) {
      ownedClient.shutdown();
    }
    if (ownedResources != null) {
      // Not awaited: its threads end on their own within the 2 s timeout.
      Object unused = ownedResources.shutdown(0, 2, TimeUnit.SECONDS);
    }
  }

  private static StatefulRedisConnection<String, String> connect(RedisClient client) {
    try {
      return client.connect();
    } catch (RedisException e) {
      throw new TransportException(
          "Cannot connect to Redis: " + e.getClass().getSimpleName(),
          0,
          "redis_unavailable",
          null,
          null,
          e);
    }
  }

  /** Configures {@link RedisSharing}. Not thread-safe. */
  public static final class Builder {
    // Exactly one of uri, client and connection is set when build() succeeds.
    private @Nullable RedisURI uri;
    private @Nullable RedisClient client;
    private @Nullable StatefulRedisConnection<String, String> connection;
    private @Nullable SecretKey encryptionKey;
    private String keyPrefix = "cityservices";
    private Duration timeout = Duration.ofMillis(200);
    private Duration retryInterval = Duration.ofSeconds(1);
    private Duration leaseTimeout = Duration.ofSeconds(10);
    private Duration eventRetention = Duration.ofMinutes(10);
    private Clock clock = Clock.systemUTC();
    private @Nullable Clock quotaClock;
    private Duration departmentOpenTtl = Duration.ofSeconds(30);
    private Duration departmentCheckInterval = Duration.ofSeconds(1);

    private Builder() {}

    /**
     * Connects to this Redis; the client and its threads are closed on close.
     *
     * @param uri a Redis URI, e.g. {@code redis://127.0.0.1:6379} or {@code rediss://...} for TLS
     * @return this builder
     * @throws NullPointerException if {@code uri} is null
     * @throws IllegalArgumentException if {@code uri} is not a Redis URI
     */
    public Builder uri(String uri) {
      try {
        this.uri = RedisURI.create(uri);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("uri is not a Redis URI", e);
      }
      return this;
    }

    /**
     * Opens a connection with the app's client; only that connection is closed on close.
     *
     * @param client the app's Lettuce client, which stays the app's to shut down
     * @return this builder
     * @throws NullPointerException if {@code client} is null
     */
    public Builder client(RedisClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Uses the app's connection, which is never closed by this module.
     *
     * @param connection an open connection with string keys and values
     * @return this builder
     * @throws NullPointerException if {@code connection} is null
     */
    public Builder connection(StatefulRedisConnection<String, String> connection) {
      this.connection = Objects.requireNonNull(connection, "connection");
      return this;
    }

    /**
     * The key sealing tokens and session keys in Redis (AES-GCM); every instance of the app needs
     * the same one. Required.
     *
     * @param key an AES key of 128, 192 or 256 bits
     * @return this builder
     * @throws NullPointerException if {@code key} is null
     */
    public Builder encryptionKey(SecretKey key) {
      this.encryptionKey = Objects.requireNonNull(key, "encryptionKey");
      return this;
    }

    /**
     * The first part of every key name, so that several apps or environments can share one Redis.
     *
     * @param prefix the prefix, without braces; default {@code cityservices}
     * @return this builder
     * @throws NullPointerException if {@code prefix} is null
     */
    public Builder keyPrefix(String prefix) {
      this.keyPrefix = Objects.requireNonNull(prefix, "keyPrefix");
      return this;
    }

    /**
     * How long one Redis command may take before the instance goes on in memory.
     *
     * @param timeout positive; default 200 ms
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /**
     * How long after a Redis failure it is tried again; until then the instance runs in memory.
     *
     * @param interval positive; default 1 s
     * @return this builder
     * @throws NullPointerException if {@code interval} is null
     * @throws IllegalArgumentException if {@code interval} is zero or negative
     */
    public Builder retryInterval(Duration interval) {
      this.retryInterval = positive(interval, "retryInterval");
      return this;
    }

    /**
     * How long one instance may hold the refresh lease, and so the longest others wait for its
     * token before fetching their own; longer than a token request takes.
     *
     * @param timeout positive; default 10 s
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public Builder leaseTimeout(Duration timeout) {
      this.leaseTimeout = positive(timeout, "leaseTimeout");
      return this;
    }

    /**
     * How long webhook event ids are remembered; at least twice the client's signature tolerance
     * (after which a replay fails the time check anyway).
     *
     * @param retention positive; default 10 minutes
     * @return this builder
     * @throws NullPointerException if {@code retention} is null
     * @throws IllegalArgumentException if {@code retention} is zero or negative
     */
    public Builder eventRetention(Duration retention) {
      this.eventRetention = positive(retention, "eventRetention");
      return this;
    }

    /**
     * The clock token lifetimes are measured with.
     *
     * @param clock the client's clock; default {@link Clock#systemUTC()}
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The clock that refills the shared rate-limit buckets. By default Redis's own {@code TIME},
     * so that instances whose clocks differ still share one time line; give one only when every
     * instance's clock is trusted (or, in tests, to control time).
     *
     * @param clock the clock whose milliseconds refill the buckets
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder quotaClock(Clock clock) {
      this.quotaClock = Objects.requireNonNull(clock, "quotaClock");
      return this;
    }

    /**
     * How long a "department open" signal lasts unless renewed (by a failed half-open trial) or
     * cleared (by a breaker closing); about the breakers' open duration.
     *
     * @param ttl positive; default 30 s
     * @return this builder
     * @throws NullPointerException if {@code ttl} is null
     * @throws IllegalArgumentException if {@code ttl} is zero or negative
     */
    public Builder departmentOpenTtl(Duration ttl) {
      this.departmentOpenTtl = positive(ttl, "departmentOpenTtl");
      return this;
    }

    /**
     * How often an instance asks Redis whether a department it calls is open elsewhere; in between
     * it answers from memory.
     *
     * @param interval zero (ask on every call) or more; default 1 s
     * @return this builder
     * @throws NullPointerException if {@code interval} is null
     * @throws IllegalArgumentException if {@code interval} is negative
     */
    public Builder departmentCheckInterval(Duration interval) {
      Objects.requireNonNull(interval, "departmentCheckInterval");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("departmentCheckInterval must not be negative");
      }
      this.departmentCheckInterval = interval;
      return this;
    }

    /**
     * Connects (when given a URI or client).
     *
     * @return the sharing, to close when the app stops
     * @throws IllegalArgumentException when the encryption key or the Redis to use is missing or
     *     invalid
     * @throws TransportException when Redis cannot be reached
     */
    public RedisSharing build() {
      SecretKey key = encryptionKey;
      if (key == null) {
        throw new IllegalArgumentException("encryptionKey is required");
      }
      int sources = (uri != null ? 1 : 0) + (client != null ? 1 : 0) + (connection != null ? 1 : 0);
      if (sources != 1) {
        throw new IllegalArgumentException("exactly one of uri, client or connection is required");
      }
      return new RedisSharing(this, key);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
