package io.cityservices.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>{@code cpu.client.threads.per.op} counts only the JVM's Java threads (callers, OkHttp's, the
 * SDK's scheduler), without the JIT compiler and GC threads: the steady-state cost of a call even
 * while C2 is still compiling, which on a loaded machine it may be long after the warm-up. Threads
 * that end within the iteration are not counted.
 */
public final class ClientCpuProfiler implements InternalProfiler {

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long cpuAtStart;
  private Map<Long, Long> threadCpuAtStart = Map.of();

  @Override
  public String getDescription() {
    return "client JVM CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    threadCpuAtStart = threadCpu();
    cpuAtStart = os.getProcessCpuTime();
  }

  private Map<Long, Long> threadCpu() {
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      long nanos = threads.getThreadCpuTime(id);
      if (nanos >= 0) {
        cpu.put(id, nanos);
      }
    }
    return cpu;
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuAtStart;
    long threadsCpu = 0;
    for (Map.Entry<Long, Long> t : threadCpu().entrySet()) {
      threadsCpu += t.getValue() - threadCpuAtStart.getOrDefault(t.getKey(), 0L);
    }
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : cpu / 1_000.0 / ops;
    double threadsPerOp = ops == 0 ? Double.NaN : threadsCpu / 1_000.0 / ops;
    return List.of(
        new ScalarResult("cpu.client.per.op", perOp, "us/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.client.threads.per.op", threadsPerOp, "us/op", AggregationPolicy.AVG));
  }
}
