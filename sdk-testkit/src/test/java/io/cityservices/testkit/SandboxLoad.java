package io.cityservices.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain load loop, run by hand (not a test): signed {@code GET /v1/catalog} from N threads for a
 * fixed time against an in-process sandbox, printing requests per second. Bounded in time, loopback only.
 *
 * <p>{@code java -cp <test classpath> io.cityservices.testkit.SandboxLoad [threads] [seconds]}
 */
public final class SandboxLoad {
  private SandboxLoad() {}

  public static void main(String[] args) throws InterruptedException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Duration duration = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
    try (CitySandbox sandbox = CitySandbox.start()) {
      TestClient client = TestClient.connect(sandbox);
      run(client, threads, Duration.ofSeconds(2)); // warm-up
      AtomicLong ok = run(client, threads, duration);
      System.out.printf("%d threads, %d s: %d signed GETs, %.0f requests/s%n",
          threads, duration.toSeconds(), ok.get(), ok.get() / (double) duration.toSeconds());
    }
  }

  private static AtomicLong run(TestClient client, int threads, Duration duration) throws InterruptedException {
    AtomicLong ok = new AtomicLong();
    long deadline = System.nanoTime() + duration.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          if (client.get("/v1/catalog").status() == 200) {
            ok.incrementAndGet();
          }
        }
      });
      t.start();
      workers.add(t);
    }
    for (Thread t : workers) {
      t.join();
    }
    return ok;
  }
}
