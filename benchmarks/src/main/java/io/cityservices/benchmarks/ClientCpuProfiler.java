package io.cityservices.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark's JVM spent per operation ({@code -prof io.cityservices.benchmarks.ClientCpuProfiler}):
 * the process's CPU time over a measured iteration (every thread: callers, OkHttp's, the JIT and
 * GC) divided by the operations done in it. With the platform in a process of its own
 * ({@link PlatformProcess}), that is the client's cost alone, and unlike throughput it hardly moves
 * when other work shares the machine, which only makes the iteration longer.
 */
public final class ClientCpuProfiler implements InternalProfiler {

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;

  @Override
  public String getDescription() {
    return "client JVM CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuAtStart = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuAtStart;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : cpu / 1_000.0 / ops;
    return List.of(new ScalarResult("cpu.client.per.op", perOp, "us/op", AggregationPolicy.AVG));
  }
}
