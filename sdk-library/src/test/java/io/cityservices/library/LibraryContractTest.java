package io.cityservices.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.atlassian.oai.validator.model.Request;
import io.cityservices.conventions.ContractDocument;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.library.LibrarySandbox;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holds the sandbox and the SDK to {@code library.yaml} (which takes its shared parts from core.yaml
 * by {@code $ref}): every exchange of a journey calling each operation, successes and documented
 * errors, is validated against the document, and every operation of the document is exercised.
 */
@CitySandboxTest
class LibraryContractTest {

  private static final String READER = "c-310000-002";
  private static final ContractDocument DOCUMENT = ContractDocument.load("library");

  private CitySandbox sandbox;
  private CityServices services;
  private OkHttpClient http;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  record Exchange(String method, HttpUrl url, okhttp3.Headers requestHeaders, String requestBody, int status,
      okhttp3.Headers responseHeaders, String responseBody) {}

  @BeforeEach
  void connect() {
    http = new OkHttpClient.Builder().addNetworkInterceptor(this::record).build();
    services = CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .okHttpClient(http)
        .credentials(sandbox.defaultApp().credentials())
        .defaultCity(CityCode.SHANGHAI)
        .build();
  }

  @AfterEach
  void close() {
    services.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private Response record(Interceptor.Chain chain) throws IOException {
    okhttp3.Request request = chain.request();
    String body = null;
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      body = buffer.readUtf8();
    }
    Response response = chain.proceed(request);
    if (request.url().encodedPath().contains("/library/")) {
      exchanges.add(new Exchange(request.method(), request.url(), request.headers(), body, response.code(),
          response.headers(), response.peekBody(Long.MAX_VALUE).string()));
    }
    return response;
  }

  @Test
  void everyOperationAndItsDocumentedErrorsFollowTheDocument() {
    LibraryClient library = LibraryClient.create(services);
    LibrarySandbox data = sandbox.data(LibrarySandbox.class);
    RequestOptions as = RequestOptions.forCitizen(SandboxLogin.citizenToken(services, READER));
    RequestOptions none = RequestOptions.none();

    library.libraries().list(none);
    library.libraries().get("lib-310000-east", none);
    CatalogueRecord record = library.catalogue().list(CatalogueQuery.keyword("活着"), none).data().get(0);
    library.catalogue().list(CatalogueQuery.builder().author("鲁迅").isbn(record.isbn()).limit(5).build(), none);
    library.catalogue().get(record.id(), none);
    library.catalogue().items(record.id(), "lib-310000-east", none);
    library.cards().get(as);
    library.account().get(as);
    library.loans().list(LoanQuery.overdue().withLimit(2), as);
    library.loans().renewability(data.loanId(READER, "too_many"), as);
    library.loans().renew(data.loanId(READER, "renewable"), as);
    library.loans().renewAll(as);
    library.holds().list(HoldQuery.open().withLimit(10), as);
    Hold hold = library.holds().place(PlaceHoldRequest.onRecord(record.id(), "lib-310000-east"), as);
    library.holds().suspend(hold.id(), LocalDate.now().plusDays(20), as);
    library.holds().resume(hold.id(), as);
    library.holds().cancel(hold.id(), as);
    library.charges().list(new ChargeQuery(ChargeStatus.PAID, 5, null), as);
    List<Charge> owed = library.charges().list(ChargeQuery.outstanding(), as).data();
    library.charges().pay(PayChargesRequest.of(owed), as);
    String newcomer = data.citizensWithoutCard(CityCode.SHANGHAI).keySet().iterator().next();
    RequestOptions asNewcomer = RequestOptions.forCitizen(SandboxLogin.citizenToken(services, newcomer));
    library.cards().apply(ApplyCardRequest.withDeposit("lib-310000-huaihai", Money.cny(10_000)), asNewcomer);

    String heldRecord = library.holds().list(HoldQuery.open(), as).data().get(0).recordId();
    List<Runnable> errors = List.of(
        () -> library.libraries().get("lib-none", none),
        () -> library.catalogue().get("rec-none", none),
        () -> library.catalogue().items("rec-none", null, none),
        () -> library.cards().get(RequestOptions.forCitizen(SandboxLogin.citizenToken(services, "c-310000-010"))),
        () -> library.cards().apply(ApplyCardRequest.withDeposit("lib-310000-east", Money.cny(10_000)), as),
        () -> library.cards().apply(ApplyCardRequest.withDeposit("lib-none", Money.cny(10_000)), asNewcomer),
        () -> library.cards().apply(ApplyCardRequest.withDeposit("lib-310000-east", Money.cny(1)),
            RequestOptions.forCitizen(SandboxLogin.citizenToken(services, "c-310000-015"))),
        () -> library.loans().renew(data.loanId(READER, "too_soon"), as),
        () -> library.loans().renewability("loan-none", as),
        () -> library.holds().place(PlaceHoldRequest.onRecord(heldRecord, "lib-310000-east"), as),
        () -> library.holds().suspend(data.holdId(READER, "OPEN_AWAITING_PICKUP"), LocalDate.now().plusDays(3), as),
        () -> library.holds().cancel(data.holdId(READER, "CLOSED_FILLED"), as),
        () -> library.holds().resume("hold-none", as),
        () -> library.charges().pay(PayChargesRequest.of(owed), as),
        () -> library.charges().pay(PayChargesRequest.of(List.of(new Charge("chg-none", ChargeType.OVERDUE_FINE,
            ChargeStatus.OUTSTANDING, Money.cny(10), null, null, null))), as),
        () -> library.loans().list(LoanQuery.all().withCursor("bad"), as));
    for (int i = 0; i < errors.size(); i++) {
      assertThat(catchThrowable(errors.get(i)::run)).as("error call %d", i).isInstanceOf(CityServicesException.class);
    }
    library.holds().place(PlaceHoldRequest.onRecord(record.id(), "lib-310000-east"), as);
    library.libraries().list(none);

    Set<String> called = exchanges.stream().map(e -> e.method() + " " + template(e.url().encodedPath()))
        .collect(Collectors.toSet());
    assertThat(called).hasSize(19);
    assertThat(exchanges).extracting(Exchange::status).contains(200, 201, 400, 404, 409, 422);
    List<String> broken = exchanges.stream().map(LibraryContractTest::violations).filter(s -> !s.isEmpty()).toList();
    assertThat(broken).isEmpty();
  }

  private static String template(String path) {
    return path.replaceAll("/(lib|rec|loan|hold)-[^/]+", "/{id}");
  }

  private static String violations(Exchange e) {
    return DOCUMENT.violations(e.method(), e.url(), e.requestHeaders(), e.requestBody(), e.status(),
        e.responseHeaders(), e.responseBody());
  }

}
