package io.cityservices.benchmarks;

import io.cityservices.benchmarks.model.Payments.PaymentResult;
import io.cityservices.benchmarks.model.Payments.RawPaymentResult;
import io.cityservices.benchmarks.model.RawViolation.RawPage;
import io.cityservices.traffic.Violation;
import io.cityservices.core.pagination.Page;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * SDK and raw callers running at the same time against the same server (JMH thread groups), so
 * that a shared, busy machine slows both alike: on a saturated machine the ratio of their
 * throughputs is the ratio of their cost per call, independent of when the load of others came.
 * A cross-check on the sequential benchmarks, whose SDK and raw runs are seconds apart.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HeadToHeadBenchmark {

  @Benchmark
  @Group("get")
  @GroupThreads(8)
  public Page<Violation> sdkGet(LoopbackState s) {
    return s.sdk.violations();
  }

  @Benchmark
  @Group("get")
  @GroupThreads(8)
  public RawPage rawGet(LoopbackState s) {
    return s.raw.violations();
  }

  @Benchmark
  @Group("pay")
  @GroupThreads(2)
  public PaymentResult sdkPay(LoopbackState s) {
    return s.sdk.pay(LoopbackState.VIOLATION_ID);
  }

  @Benchmark
  @Group("pay")
  @GroupThreads(2)
  public RawPaymentResult rawPay(LoopbackState s) {
    return s.raw.pay(LoopbackState.VIOLATION_ID);
  }
}
