package io.cityservices.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.benchmarks.model.Fixtures;
import io.cityservices.benchmarks.model.RawViolation.RawPage;
import io.cityservices.traffic.Violation;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.pagination.Page;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JSON alone: a page of 50 violations read and written by the SDK's mapper into sdk-traffic's
 * typed, self-checking {@link Violation}, against a plain {@code ObjectMapper} with plain records.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class JsonBenchmark {

  private ObjectMapper sdkMapper;
  private ObjectMapper plainMapper;
  private JavaType sdkPageType;
  private byte[] json;
  private Page<Violation> sdkPage;
  private RawPage rawPage;

  @Setup
  public void setUp() throws IOException {
    sdkMapper = JsonMapperFactory.create();
    plainMapper = Fixtures.plainMapper();
    sdkPageType = sdkMapper.getTypeFactory().constructParametricType(Page.class, Violation.class);
    json = Fixtures.violationPageJson();
    sdkPage = sdkMapper.readValue(json, sdkPageType);
    rawPage = plainMapper.readValue(json, RawPage.class);
    if (sdkPage.data().size() != 50 || rawPage.data().size() != 50
        || !sdkPage.equals(Fixtures.violationPage())) {
      throw new IllegalStateException("fixture page does not round-trip");
    }
  }

  @Benchmark
  public Page<Violation> sdkRead() throws IOException {
    return sdkMapper.readValue(json, sdkPageType);
  }

  @Benchmark
  public RawPage rawRead() throws IOException {
    return plainMapper.readValue(json, RawPage.class);
  }

  @Benchmark
  public byte[] sdkWrite() throws IOException {
    return sdkMapper.writeValueAsBytes(sdkPage);
  }

  @Benchmark
  public byte[] rawWrite() throws IOException {
    return plainMapper.writeValueAsBytes(rawPage);
  }
}
