package io.cityservices.benchmarks;

import io.cityservices.benchmarks.model.RawViolation.RawPage;
import io.cityservices.traffic.Violation;
import io.cityservices.core.pagination.Page;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The routine signed read: a page of 50 violations of the citizen's own vehicles. SDK ({@code
 * TrafficClient...violations().list(ViolationQuery.ownVehicles().limit(50).build(), forCitizen)}:
 * app + citizen token, sig1 HMAC request signature, verified sig1 response signature and content
 * digest, sdk-traffic's typed and self-checking model) against raw OkHttp + Jackson (same headers,
 * no signing, plain records).
 * Thread counts come from the command line ({@code -t 1}, {@code -t 16}, {@code -t 64}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetBenchmark {

  /** Calls in flight per invocation of the async benchmarks. */
  static final int IN_FLIGHT = 16;

  @Benchmark
  public Page<Violation> sdkGet(LoopbackState s) {
    return s.sdk.violations();
  }

  @Benchmark
  public RawPage rawGet(LoopbackState s) {
    return s.raw.violations();
  }

  /** The SDK's signed call read into the baseline's plain records (transport cost alone). */
  @Benchmark
  public RawPage sdkTransportPlainModel(LoopbackState s) {
    return s.sdk.violationsPlainModel();
  }

  /** One caller thread keeping {@value #IN_FLIGHT} calls in flight through the async API. */
  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public void sdkGetAsync(LoopbackState s, Blackhole bh) {
    CompletableFuture<?>[] calls = new CompletableFuture<?>[IN_FLIGHT];
    for (int i = 0; i < IN_FLIGHT; i++) {
      calls[i] = s.sdk.violationsAsync();
    }
    for (CompletableFuture<?> c : calls) {
      bh.consume(c.join());
    }
  }

  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public void rawGetAsync(LoopbackState s, Blackhole bh) {
    CompletableFuture<?>[] calls = new CompletableFuture<?>[IN_FLIGHT];
    for (int i = 0; i < IN_FLIGHT; i++) {
      calls[i] = s.raw.violationsAsync();
    }
    for (CompletableFuture<?> c : calls) {
      bh.consume(c.join());
    }
  }
}
