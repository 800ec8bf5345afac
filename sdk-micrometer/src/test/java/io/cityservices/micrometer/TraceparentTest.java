package io.cityservices.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import brave.Tracing;
import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.ThreadLocalCurrentTraceContext;
import brave.propagation.TraceContext;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.brave.bridge.W3CPropagation;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * With a tracer (Brave through Micrometer Tracing, W3C propagation, as Spring Boot configures it)
 * each attempt is sent with the {@code traceparent} of its own client span, a child of the call's
 * span, all in one trace.
 */
@CitySandboxTest
class TraceparentTest {

  CitySandbox sandbox;

  @Test
  void everyAttemptCarriesTheTraceparentOfItsSpanUnderTheCallSpan() {
    List<MutableSpan> spans = new CopyOnWriteArrayList<>();
    Tracing tracing =
        Tracing.newBuilder()
            .currentTraceContext(ThreadLocalCurrentTraceContext.create())
            .traceId128Bit(true)
            .propagationFactory(new W3CPropagation())
            .addSpanHandler(
                new SpanHandler() {
                  @Override
                  public boolean end(TraceContext context, MutableSpan span, Cause cause) {
                    spans.add(span);
                    return true;
                  }
                })
            .build();
    BraveTracer tracer =
        new BraveTracer(
            tracing.tracer(),
            new BraveCurrentTraceContext(tracing.currentTraceContext()),
            new BraveBaggageManager());
    ObservationRegistry registry = ObservationRegistry.create();
    registry
        .observationConfig()
        .observationHandler(
            new ObservationHandler.FirstMatchingCompositeObservationHandler(
                new PropagatingSenderTracingObservationHandler<>(tracer, new BravePropagator(tracing)),
                new DefaultTracingObservationHandler(tracer)));

    try (tracing;
        CityServices city =
            CityServices.builder()
                .baseUrl(sandbox.baseUrl())
                .credentials(sandbox.defaultApp().credentials())
                .defaultCity(CityCode.SHANGHAI)
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build())
                .addInterceptor(new ObservationInterceptor(registry))
                .build()) {
      TrafficClient traffic = TrafficClient.create(city);
      traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none());
      spans.clear();
      int before = sandbox.requests().size();
      sandbox.faults().failNext(".*/traffic/inspection-stations.*", Fault.CONNECTION_RESET_BY_PEER, 1);

      traffic.inspections().listStations(new StationQuery(null, null, 5, null), RequestOptions.none());

      List<LoggedRequest> sent = sandbox.requests().subList(before, sandbox.requests().size());
      assertThat(sent).hasSize(2);
      // The call is the root span (nothing was current when it started).
      List<MutableSpan> roots = spans.stream().filter(s -> s.parentId() == null).toList();
      assertThat(roots).as(spans.toString()).hasSize(1);
      MutableSpan call = roots.get(0);
      List<MutableSpan> attempts =
          spans.stream()
              .filter(s -> call.id().equals(s.parentId()) && s.kind() == brave.Span.Kind.CLIENT)
              .toList();
      assertThat(attempts).hasSize(2);
      assertThat(attempts).allSatisfy(a -> assertThat(a.name()).isEqualTo("cityservices listInspectionStations"));
      for (int i = 0; i < 2; i++) {
        String traceparent = sent.get(i).getHeader("traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        String[] parts = traceparent.split("-");
        assertThat(parts[1]).isEqualTo(call.traceId());
        assertThat(attempts).extracting(MutableSpan::id).contains(parts[2]);
      }
      assertThat(sent.get(0).getHeader("traceparent")).isNotEqualTo(sent.get(1).getHeader("traceparent"));
    }
  }
}
