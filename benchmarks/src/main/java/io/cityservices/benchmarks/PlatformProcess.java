package io.cityservices.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@link LoopbackPlatform} in a JVM of its own, so that what the client JVM burns is the
 * client's alone: started with this JVM's class path, pinned with {@code taskset} to the last CPU
 * where there are two or more (the benchmark pins its own JVM to the others, see {@code run.sh}),
 * and stopped by closing its standard input.
 */
public final class PlatformProcess implements Platform {

  /** Served by the platform: tokens issued, then the connections line. */
  static final String STATS_PATH = "/_stats";

  private static final Path TASKSET = Path.of("/usr/bin/taskset");

  private final Process process;
  private final String baseUrl;
  private final PublicKey wechatKey;
  private final HttpClient http = HttpClient.newHttpClient();

  private PlatformProcess(Process process, String baseUrl, PublicKey wechatKey) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.wechatKey = wechatKey;
  }

  /** Starts the platform process with {@code threads} handler threads serving {@code items} per page. */
  public static PlatformProcess start(int threads, int items) {
    List<String> command = new ArrayList<>(pinning());
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoopbackPlatform.class.getName());
    command.add(Integer.toString(threads));
    command.add(Integer.toString(items));
    try {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String ready = out.readLine();
      if (ready == null || !ready.startsWith("READY ")) {
        process.destroyForcibly();
        throw new IllegalStateException("the platform process did not start: " + ready);
      }
      String[] parts = ready.split(" ", -1);
      PublicKey key = KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[2])));
      System.out.println("platform process " + process.pid() + " at " + parts[1] + " pinned: " + pinning());
      return new PlatformProcess(process, parts[1], key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code taskset -c <last online cpu>} where taskset exists and the machine has two or more CPUs,
   * else nothing. The machine's CPUs, not this JVM's: {@code run.sh} pins the client JVM to the
   * others, and the platform must leave that set.
   */
  static List<String> pinning() {
    int last = lastOnlineCpu();
    if (last < 1 || !Files.isExecutable(TASKSET) || Boolean.getBoolean("platform.nopin")) {
      return List.of();
    }
    return List.of(TASKSET.toString(), "-c", Integer.toString(last));
  }

  /** The highest online CPU number, from the kernel's list (e.g. {@code 0-1}), or -1 when unknown. */
  private static int lastOnlineCpu() {
    try {
      String online = Files.readString(Path.of("/sys/devices/system/cpu/online")).trim();
      return Integer.parseInt(online.substring(Math.max(online.lastIndexOf(','), online.lastIndexOf('-')) + 1));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public PublicKey wechatPlatformPublicKey() {
    return wechatKey;
  }

  @Override
  public int tokensIssued() {
    return Integer.parseInt(stats()[0]);
  }

  @Override
  public String connectionsSeen() {
    return stats()[1];
  }

  private String[] stats() {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + STATS_PATH)).build(),
          HttpResponse.BodyHandlers.ofString());
      return r.body().split("\n", 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // The resource is there only to close the process's output once it has ended.
  @SuppressWarnings("try")
  @Override
  public void close() {
    try (InputStream ignored = process.getInputStream()) {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
