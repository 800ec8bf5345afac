package io.cityservices.health;

import io.cityservices.core.error.SlotUnavailableException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.health.HealthSandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Every health exchange between the SDK and the sandbox must match health.yaml, both ways. */
@CitySandboxTest
class HealthContractTest {
  private static final Path DOCUMENT = Path.of("src/main/openapi/health.yaml");

  CitySandbox sandbox;

  private record Exchange(String method, String path, String query, List<String[]> requestHeaders, String requestBody,
      int status, String contentType, String responseBody) {}

  @Test
  void everyOperationMatchesTheDocument() throws IOException {
    List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(record(exchanges)).build();
    try (CityServices services = CityServices.builder().baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials()).defaultCity(CityCode.SHENZHEN).okHttpClient(recording).build()) {
      runEveryOperation(services);
    } finally {
      recording.dispatcher().executorService().shutdown();
      recording.connectionPool().evictAll();
    }

    OpenApiInteractionValidator validator = OpenApiInteractionValidator
        .createForInlineApiSpecification(Files.readString(DOCUMENT, StandardCharsets.UTF_8)).build();
    List<Exchange> health = exchanges.stream().filter(e -> e.path().contains("/health/")).toList();
    assertThat(health.stream().map(e -> e.method() + " " + e.status()).distinct())
        .contains("GET 200", "POST 201", "POST 200", "DELETE 204", "POST 409", "GET 404");
    List<String> failures = new ArrayList<>();
    for (Exchange e : health) {
      ValidationReport report = validator.validate(request(e), response(e));
      if (report.hasErrors()) {
        failures.add(e.method() + " " + e.path() + " -> " + e.status() + ": "
            + report.getMessages().stream().map(ValidationReport.Message::toString).collect(Collectors.joining("; ")));
      }
    }
    assertThat(failures).isEmpty();
  }

  private void runEveryOperation(CityServices services) {
    HealthClient health = HealthClient.create(services);
    RequestOptions citizen = RequestOptions.forCitizen(
        SandboxClients.login(services, sandbox.seed().firstCitizen(CityCode.SHENZHEN).id()));
    Hospital hospital = health.hospitals().list(HospitalQuery.builder().level(HospitalLevel.GRADE_3A).limit(1).build(),
        RequestOptions.none()).data().get(0);
    health.hospitals().get(hospital.id(), RequestOptions.none());
    Department clinic = health.hospitals().departments(hospital.id(), RequestOptions.none()).stream()
        .filter(d -> !d.isTopLevel()).findFirst().orElseThrow();
    health.hospitals().doctors(hospital.id(), clinic.id(), RequestOptions.none());
    assertThatThrownBy(() -> health.hospitals().get("h-missing", RequestOptions.none())).isInstanceOf(CityServicesException.class);
    LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
    Slot slot = health.slots().list(SlotQuery.builder(hospital.id()).departmentId(clinic.id()).from(from).to(from.plusDays(2))
        .build(), RequestOptions.none()).data().stream().filter(Slot::isBookable).findFirst().orElseThrow();

    Patient self = health.patients().list(citizen).get(0);
    Patient child = health.patients().add(HealthJourneySandboxTest.child(), citizen);
    Appointment booked = health.appointments().book(BookAppointmentRequest.of(slot, self.id()), citizen);
    health.appointments().list(AppointmentQuery.withStatus(AppointmentStatus.BOOKED), citizen);
    health.appointments().get(booked.id(), citizen);
    health.appointments().cancel(booked.id(), citizen);
    sandbox.data(HealthSandbox.class).setRemainingCapacity(slot.id(), 0);
    assertThatThrownBy(() -> health.appointments().book(BookAppointmentRequest.of(slot, child.id()), citizen))
        .isInstanceOf(SlotUnavailableException.class);
    health.patients().remove(child.id(), citizen);
  }

  private static Interceptor record(List<Exchange> exchanges) {
    return chain -> {
      okhttp3.Request request = chain.request();
      String requestBody = null;
      List<String[]> headers = new ArrayList<>();
      request.headers().forEach(h -> headers.add(new String[] {h.getFirst(), h.getSecond()}));
      if (request.body() != null) {
        try (Buffer buffer = new Buffer()) {
          request.body().writeTo(buffer);
          requestBody = buffer.readString(StandardCharsets.UTF_8);
        }
        if (request.body().contentType() != null && request.header("Content-Type") == null) {
          headers.add(new String[] {"Content-Type", request.body().contentType().toString()});
        }
      }
      okhttp3.Response response = chain.proceed(request);
      String body = response.peekBody(Long.MAX_VALUE).string();
      exchanges.add(new Exchange(request.method(), request.url().encodedPath(), request.url().encodedQuery(), headers,
          requestBody, response.code(), response.header("Content-Type"), body));
      return response;
    };
  }

  private static SimpleRequest request(Exchange e) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(Request.Method.valueOf(e.method()), e.path());
    if (e.query() != null) {
      for (String pair : e.query().split("&")) {
        int eq = pair.indexOf('=');
        b.withQueryParam(decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1)));
      }
    }
    e.requestHeaders().forEach(h -> b.withHeader(h[0], h[1]));
    if (e.requestBody() != null) {
      b.withBody(e.requestBody());
    }
    return b.build();
  }

  private static SimpleResponse response(Exchange e) {
    SimpleResponse.Builder b = SimpleResponse.Builder.status(e.status());
    if (e.contentType() != null) {
      b.withContentType(e.contentType());
    }
    if (e.responseBody() != null && !e.responseBody().isEmpty()) {
      b.withBody(e.responseBody());
    }
    return b.build();
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException ex) {
      throw new UncheckedIOException(new IOException(ex));
    }
  }
}
