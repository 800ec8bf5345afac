package io.cityservices.redis;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cityservices.testkit.CitySandbox;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three JVM processes, each one instance of the app ({@link InstanceProcess}), against one sandbox
 * and one Redis, through two refreshes of a short-lived token: every token the sandbox issued was
 * used by all three instances, so there was exactly one token request per refresh in total.
 */
class ThreeProcessesTest {

  static final int INSTANCES = 3;
  // Clients refresh a token 60 s before it expires: 70 s makes a new token every ~10 s.
  static final Duration TOKEN_LIFETIME = Duration.ofSeconds(70);
  // Generous: three JVMs start on a machine that may be running many builds.
  static final Duration PROCESS_WAIT = Duration.ofMinutes(3);

  final List<Instance> instances = new ArrayList<>();
  LocalRedis redis;
  CitySandbox sandbox;

  record Instance(String name, Process process, Writer stdin, BlockingQueue<String> stdout) {}

  @AfterEach
  void stop() {
    for (Instance instance : instances) {
      instance.process().destroyForcibly();
    }
    if (sandbox != null) {
      sandbox.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void threeProcessesMakeOneTokenRequestPerRefreshThroughTwoLifetimes() throws Exception {
    Path logs = Path.of("target", "instance-logs");
    Files.createDirectories(logs);
    redis = LocalRedis.start();
    sandbox = CitySandbox.builder().discoverModules(false).module(new PingModule())
        .accessTokenLifetime(TOKEN_LIFETIME).build().start();
    for (int i = 1; i <= INSTANCES; i++) {
      instances.add(spawn("instance-" + i, logs.resolve("instance-" + i + ".log").toFile()));
    }
    for (Instance instance : instances) {
      expect(instance, "READY");
    }
    for (Instance instance : instances) {
      send(instance, "GO");
    }

    // Two refreshes: three tokens in use, the newest by every instance.
    await(() -> usersByToken().size() >= 3 && usersOfNewestToken().size() == INSTANCES,
        "three tokens in use, the third by all instances");
    for (Instance instance : instances) {
      send(instance, "STOP");
    }
    List<String> done = new ArrayList<>();
    for (Instance instance : instances) {
      done.add(expect(instance, "DONE"));
      assertThat(instance.process().waitFor(PROCESS_WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    Map<String, Set<String>> usersByToken = usersByToken();
    System.out.printf(
        "3 JVM processes, token lifetime %d s: %d token requests, %d distinct tokens in use, each used by %s; %s%n",
        TOKEN_LIFETIME.toSeconds(), tokenRequests(), usersByToken.size(),
        usersByToken.values().stream().map(Set::size).toList(), done);
    assertThat(done).allSatisfy(line -> assertThat(line).endsWith(" failed=0"));
    assertThat(tokenRequests()).isGreaterThanOrEqualTo(3).isEqualTo(usersByToken.size());
    assertThat(usersByToken.values()).allSatisfy(users -> assertThat(users).hasSize(INSTANCES));
  }

  Instance spawn(String name, File log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(
        java, "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1",
        InstanceProcess.class.getName(),
        redis.uri(), sandbox.baseUrl(), sandbox.defaultApp().clientId(), name)
        .redirectErrorStream(true);
    builder.environment().put("CITY_SERVICES_CLIENT_SECRET", sandbox.defaultApp().clientSecret());
    Process process = builder.start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    // Its output, log lines included, is kept in the log file for when the test fails.
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          Writer kept = Files.newBufferedWriter(log.toPath(), StandardCharsets.UTF_8)) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
          kept.write(line + "\n");
        }
      } catch (IOException e) {
        // The process ended.
      }
    });
    reader.setDaemon(true);
    reader.start();
    return new Instance(name, process,
        new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), lines);
  }

  /** The next line of {@code instance} starting with {@code prefix}; other lines are skipped. */
  static String expect(Instance instance, String prefix) throws InterruptedException {
    long giveUpAt = System.nanoTime() + PROCESS_WAIT.toNanos();
    while (true) {
      String line = instance.stdout().poll(Math.max(1, giveUpAt - System.nanoTime()), TimeUnit.NANOSECONDS);
      assertThat(line).as(instance.name() + " printed " + prefix + " within " + PROCESS_WAIT).isNotNull();
      if (line.startsWith(prefix)) {
        return line;
      }
    }
  }

  static void send(Instance instance, String line) throws IOException {
    instance.stdin().write(line + "\n");
    instance.stdin().flush();
  }

  int tokenRequests() {
    return sandbox.requests(postRequestedFor(urlEqualTo("/v1/oauth2/token"))).size();
  }

  /** For each access token, in the order first sent, the instances that sent it. */
  Map<String, Set<String>> usersByToken() {
    Map<String, Set<String>> users = new LinkedHashMap<>();
    for (LoggedRequest request : sandbox.requests(anyRequestedFor(anyUrl()))) {
      String authorization = request.getHeader("Authorization");
      String agent = request.getHeader("User-Agent");
      if (authorization != null && authorization.startsWith("Bearer ") && agent != null) {
        String instance = agent.substring(agent.lastIndexOf(' ') + 1);
        users.computeIfAbsent(authorization, t -> new TreeSet<>()).add(instance);
      }
    }
    return users;
  }

  /** The instances that sent the token first sent last. */
  Set<String> usersOfNewestToken() {
    List<Set<String>> users = new ArrayList<>(usersByToken().values());
    return users.isEmpty() ? Set.of() : users.get(users.size() - 1);
  }

  static void await(BooleanSupplier condition, String what) {
    long giveUpAt = System.nanoTime() + PROCESS_WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() - giveUpAt).as(what + " within " + PROCESS_WAIT).isNegative();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
    }
  }
}
