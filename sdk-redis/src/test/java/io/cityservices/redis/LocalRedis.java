package io.cityservices.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real {@code redis-server} on a free loopback port, without persistence, for one test class.
 * {@link #stop()} and {@link #start()} again keep the port, to test Redis going away and back.
 */
final class LocalRedis implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final int port;
  private Process process;

  private LocalRedis(int port) {
    this.port = port;
  }

  static LocalRedis start() {
    LocalRedis redis = new LocalRedis(freePort());
    redis.startProcess();
    return redis;
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  /** Starts it again on the same port after {@link #stop()}; nothing when it is running. */
  void restart() {
    if (process == null) {
      startProcess();
    }
  }

  /** Kills the server and waits until it is gone. */
  void stop() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  private void startProcess() {
    if (answersPing()) {
      throw new IllegalStateException("another server already answers on port " + port);
    }
    try {
      process =
          new ProcessBuilder(
                  "redis-server",
                  "--port", Integer.toString(port),
                  "--bind", "127.0.0.1",
                  "--save", "",
                  "--appendonly", "no")
              .redirectErrorStream(true)
              .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "redis-" + port + ".log"))
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "redis-server is not installed (apt-get install -y redis-server)", e);
    }
    long giveUpAt = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!answersPing()) {
      if (!process.isAlive() || System.nanoTime() - giveUpAt > 0) {
        stop();
        throw new IllegalStateException("redis-server did not start on port " + port);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }

  private boolean answersPing() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      socket.setSoTimeout(500);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] reply = new byte[7];
      int n = in.readNBytes(reply, 0, reply.length);
      return new String(reply, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
