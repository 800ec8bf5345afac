package io.cityservices.benchmarks;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.signing.SignatureAlgorithm;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap held by idle {@code CityServices} clients (several apps or cities in one JVM): the heap used
 * after a full collection with 0, 1 and 100 built clients that made no call, and the threads they
 * keep. {@code java -cp benchmarks.jar io.cityservices.benchmarks.IdleFootprint}.
 */
public final class IdleFootprint {

  private IdleFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AppCredentials credentials =
        AppCredentials.privateKey("bench-app", KeyPairs.generate("app-key-1", SignatureAlgorithm.ED25519).signingKey());
    List<CityServices> clients = new ArrayList<>();
    // Warm the classes up first, so the baseline includes them and the deltas are the instances'.
    CityServices.builder().baseUrl("http://127.0.0.1:9").credentials(credentials).build().close();
    long base = usedAfterGc(memory);
    int threads = Thread.activeCount();
    for (int n : new int[] {1, 100}) {
      while (clients.size() < n) {
        clients.add(CityServices.builder()
            .baseUrl("http://127.0.0.1:9")
            .credentials(credentials)
            .defaultCity(CityCode.SHANGHAI)
            .build());
      }
      long used = usedAfterGc(memory);
      System.out.printf("idle clients: %d, heap held: %d KiB (%.1f KiB each), threads: +%d%n",
          n, (used - base) / 1024, (used - base) / 1024.0 / n, Thread.activeCount() - threads);
    }
    clients.forEach(CityServices::close);
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
