package io.cityservices.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.TokenStore.TokenKey;
import io.cityservices.core.error.AuthenticationException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token store against a real Redis, with the token endpoint replaced by a counting fetch. */
class RedisTokenStoreTest {

  static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");
  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Predicate<AccessToken> FRESH = t -> t.expiresAt().isAfter(NOW.plusSeconds(60));

  static LocalRedis server;
  static RedisClient client;
  static StatefulRedisConnection<String, String> admin;

  final List<RedisSharing> instances = new ArrayList<>();
  final AtomicInteger fetches = new AtomicInteger();
  TokenKey key;

  @BeforeAll
  static void startRedis() {
    server = LocalRedis.start();
    client = RedisClient.create(server.uri());
    admin = client.connect();
  }

  @AfterAll
  static void stopRedis() {
    admin.close();
    client.shutdown();
    server.close();
  }

  @BeforeEach
  void newKey() {
    admin.sync().flushall();
    key = new TokenKey("http://127.0.0.1:1", "app-" + System.nanoTime(), "");
  }

  @AfterEach
  void closeInstances() {
    instances.forEach(RedisSharing::close);
  }

  RedisTokenStore instance() {
    RedisSharing sharing =
        RedisSharing.builder().uri(server.uri()).encryptionKey(KEY).clock(CLOCK).build();
    instances.add(sharing);
    return sharing.tokenStore();
  }

  static AccessToken token(String value) {
    return new AccessToken(value, NOW.plusSeconds(3600), "", "sk-" + value, value.getBytes(StandardCharsets.UTF_8));
  }

  Supplier<CompletableFuture<AccessToken>> countingFetch() {
    return () -> CompletableFuture.completedFuture(token("tok-" + fetches.incrementAndGet()));
  }

  @Test
  void manyInstancesReplacingAtOnceMakeOneTokenRequest() {
    List<RedisTokenStore> stores = List.of(instance(), instance(), instance());
    CountDownLatch release = new CountDownLatch(1);
    Supplier<CompletableFuture<AccessToken>> slowFetch =
        () -> {
          fetches.incrementAndGet();
          return CompletableFuture.supplyAsync(
              () -> {
                await(release);
                return token("shared");
              });
        };
    List<CompletableFuture<AccessToken>> replaced = new ArrayList<>();
    for (RedisTokenStore store : stores) {
      replaced.add(store.replace(key, null, FRESH, slowFetch));
    }
    release.countDown();

    List<AccessToken> tokens = replaced.stream().map(CompletableFuture::join).toList();

    assertThat(fetches).hasValue(1);
    assertThat(tokens).extracting(AccessToken::value).containsOnly("shared");
    assertThat(tokens.get(0).signingKey()).isEqualTo("shared".getBytes(StandardCharsets.UTF_8));
    assertThat(admin.sync().keys("*")).containsExactly("cityservices:{" + key.clientId() + "}:token:" + tokenSuffix());
  }

  @Test
  void theTokenAndSessionKeyAreSealedAtRest() {
    RedisTokenStore store = instance();
    store.replace(key, null, FRESH, countingFetch()).join();

    String stored = admin.sync().get(tokenKeyName());
    assertThat(stored).startsWith("v1.").doesNotContain("tok-1").doesNotContain("sk-tok-1");
    assertThat(admin.sync().pttl(tokenKeyName())).isBetween(3_590_000L, 3_600_000L);
  }

  @Test
  void anotherInstanceTakesTheStoredTokenWithoutARequest() {
    AccessToken first = instance().replace(key, null, FRESH, countingFetch()).join();

    RedisTokenStore other = instance();
    AccessToken taken = other.replace(key, null, FRESH, countingFetch()).join();

    assertThat(fetches).hasValue(1);
    assertThat(taken).isEqualTo(first);
    assertThat(other.get(key)).contains(taken);
  }

  @Test
  void aTokenSealedUnderAnotherKeyIsNotUsed() {
    instance().replace(key, null, FRESH, countingFetch()).join();
    RedisSharing otherKey =
        RedisSharing.builder()
            .uri(server.uri())
            .encryptionKey(new SecretKeySpec(new byte[16], "AES"))
            .clock(CLOCK)
            .build();
    instances.add(otherKey);

    AccessToken own = otherKey.tokenStore().replace(key, null, FRESH, countingFetch()).join();

    assertThat(own.value()).isEqualTo("tok-2");
  }

  @Test
  void theTokenBeingReplacedIsNeverTakenBack() {
    RedisTokenStore store = instance();
    AccessToken first = store.replace(key, null, FRESH, countingFetch()).join();

    AccessToken second = store.replace(key, first, FRESH, countingFetch()).join();

    assertThat(second.value()).isEqualTo("tok-2");
    assertThat(instance().replace(key, null, FRESH, countingFetch()).join()).isEqualTo(second);
  }

  @Test
  void aRejectedTokenIsRemovedOnlyWhileItIsStillTheStoredOne() {
    RedisTokenStore a = instance();
    RedisTokenStore b = instance();
    AccessToken first = a.replace(key, null, FRESH, countingFetch()).join();
    b.replace(key, null, FRESH, countingFetch()).join();
    AccessToken second = b.replace(key, first, FRESH, countingFetch()).join();

    a.remove(key, first);

    assertThat(a.get(key)).isEmpty();
    assertThat(a.replace(key, null, FRESH, countingFetch()).join()).isEqualTo(second);
    assertThat(fetches).hasValue(2);

    b.remove(key, second);
    // remove() does not wait for Redis; the deletion is seen on this other connection once it lands.
    long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (admin.sync().exists(tokenKeyName()) != 0 && System.nanoTime() - giveUpAt < 0) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    assertThat(admin.sync().exists(tokenKeyName())).isZero();
  }

  @Test
  void aFailedTokenRequestFreesTheLeaseAtOnce() {
    RedisTokenStore store = instance();
    CompletableFuture<AccessToken> failed =
        store.replace(
            key, null, FRESH,
            () -> CompletableFuture.failedFuture(
                new AuthenticationException("refused", 401, "invalid_client", null, null, null)));

    assertThatThrownBy(failed::join).hasCauseInstanceOf(AuthenticationException.class);
    assertThat(admin.sync().keys("*lease*")).isEmpty();
    assertThat(instance().replace(key, null, FRESH, countingFetch()).join().value()).isEqualTo("tok-1");
  }

  @Test
  void aLeaseLeftByADeadInstanceExpiresAndAnotherFetches() {
    admin.sync().set(leaseKeyName(), "dead-owner", io.lettuce.core.SetArgs.Builder.px(300));

    AccessToken token = instance().replace(key, null, FRESH, countingFetch()).join();

    assertThat(token.value()).isEqualTo("tok-1");
    assertThat(fetches).hasValue(1);
  }

  @Test
  void aHolderWhoseLeaseExpiredDoesNotOverwriteTheNextOne() {
    RedisSharing shortLease =
        RedisSharing.builder().uri(server.uri()).encryptionKey(KEY).clock(CLOCK)
            .leaseTimeout(Duration.ofMillis(1)).build();
    instances.add(shortLease);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<AccessToken> late =
        shortLease.tokenStore().replace(key, null, FRESH,
            () -> CompletableFuture.supplyAsync(() -> {
              await(release);
              return token("late");
            }));
    AccessToken next = instance().replace(key, null, FRESH, countingFetch()).join();
    release.countDown();

    assertThat(late.join().value()).isEqualTo("late");
    assertThat(instance().replace(key, null, FRESH, countingFetch()).join()).isEqualTo(next);
  }

  @Test
  void aConnectionTheAppPassedStaysOpen() {
    StatefulRedisConnection<String, String> own = client.connect();
    RedisSharing.builder().connection(own).encryptionKey(KEY).build().close();

    assertThat(own.isOpen()).isTrue();
    assertThat(own.sync().ping()).isEqualTo("PONG");
    own.close();
  }

  @Test
  void badConfigurationIsRefusedNamingTheField() {
    assertThatThrownBy(() -> RedisSharing.builder().uri(server.uri()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encryptionKey");
    assertThatThrownBy(() -> RedisSharing.builder().encryptionKey(KEY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uri");
    assertThatThrownBy(() -> RedisSharing.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> RedisSharing.builder().uri(server.uri())
            .encryptionKey(new SecretKeySpec(new byte[7], "AES")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encryptionKey");
  }

  String tokenSuffix() {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest((key.baseUrl() + "\n" + key.scope()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String tokenKeyName() {
    return "cityservices:{" + key.clientId() + "}:token:" + tokenSuffix();
  }

  String leaseKeyName() {
    return "cityservices:{" + key.clientId() + "}:lease:" + tokenSuffix();
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
