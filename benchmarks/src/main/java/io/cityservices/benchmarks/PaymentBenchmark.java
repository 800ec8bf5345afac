package io.cityservices.benchmarks;

import io.cityservices.benchmarks.model.Payments.PaymentResult;
import io.cityservices.benchmarks.model.Payments.RawPaymentResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Paying a fine. SDK: both signature tiers (sig1 HMAC + the app's sig2, {@code ed25519} by
 * default), an idempotency key, and the platform's {@code rsa-pss-sha512} result signature
 * verified. Raw: WeChat Pay v3 style, RSA-2048 SHA256withRSA on every request and an RSA-signed
 * response verified. The server signs every payment response with an RSA key on both sides.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PaymentBenchmark {

  static final int IN_FLIGHT = 16;

  @Benchmark
  public PaymentResult sdkPay(LoopbackState s) {
    return s.sdk.pay(LoopbackState.VIOLATION_ID);
  }

  @Benchmark
  public RawPaymentResult rawPay(LoopbackState s) {
    return s.raw.pay(LoopbackState.VIOLATION_ID);
  }

  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public void sdkPayAsync(LoopbackState s, Blackhole bh) {
    CompletableFuture<?>[] calls = new CompletableFuture<?>[IN_FLIGHT];
    for (int i = 0; i < IN_FLIGHT; i++) {
      calls[i] = s.sdk.payAsync(LoopbackState.VIOLATION_ID);
    }
    for (CompletableFuture<?> c : calls) {
      bh.consume(c.join());
    }
  }

  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public void rawPayAsync(LoopbackState s, Blackhole bh) {
    CompletableFuture<?>[] calls = new CompletableFuture<?>[IN_FLIGHT];
    for (int i = 0; i < IN_FLIGHT; i++) {
      calls[i] = s.raw.payAsync(LoopbackState.VIOLATION_ID);
    }
    for (CompletableFuture<?> c : calls) {
      bh.consume(c.join());
    }
  }
}
