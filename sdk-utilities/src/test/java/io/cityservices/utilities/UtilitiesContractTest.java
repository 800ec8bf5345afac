package io.cityservices.utilities;

import io.cityservices.testkit.utilities.SeededAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.cityservices.testkit.utilities.UtilitiesData;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holds the sandbox and the SDK to {@code utilities.yaml}: every exchange of a journey that calls each
 * operation (successes and the documented errors) is validated against the document.
 */
@CitySandboxTest
class UtilitiesContractTest {

  private static final String CITIZEN = "c-310000-002";
  private static final ContractDocument DOCUMENT = ContractDocument.load("utilities");

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
    if (request.url().encodedPath().contains("/utilities/")) {
      String responseBody = response.peekBody(Long.MAX_VALUE).string();
      exchanges.add(new Exchange(request.method(), request.url(), request.headers(), body, response.code(),
          response.headers(), responseBody));
    }
    return response;
  }

  @Test
  void everyOperationAndItsDocumentedErrorsFollowTheDocument() {
    UtilitiesClient utilities = UtilitiesClient.create(services);
    RequestOptions asCitizen = RequestOptions.forCitizen(SandboxLogin.citizenToken(services, CITIZEN));
    UtilitiesData data = sandbox.data(UtilitiesData.class);

    UtilityCompany water = utilities.companies().list(UtilityType.WATER, RequestOptions.none()).get(0);
    utilities.companies().list(null, RequestOptions.none());
    UtilityAccount account = utilities.accounts().bind(
        BindAccountRequest.of(water, data.accountOf(CITIZEN, SeededAccount.Type.WATER).accountNumber()), asCitizen);
    UtilityCompany gasCompany = utilities.companies().list(UtilityType.GAS, RequestOptions.none()).get(0);
    UtilityAccount gas = utilities.accounts().bind(
        BindAccountRequest.of(gasCompany, data.accountOf(CITIZEN, SeededAccount.Type.GAS).accountNumber()), asCitizen);
    utilities.accounts().list(asCitizen);
    List<Bill> due = utilities.bills().list(BillQuery.builder().accountId(account.id())
        .statuses(BillStatus.outstanding()).limit(5).build(), asCitizen).data();
    utilities.bills().listAll(BillQuery.builder().limit(2).build(), asCitizen).stream().count();
    utilities.bills().get(due.get(0).id(), asCitizen);
    Payment payment = utilities.payments().pay(PayBillsRequest.of(due), asCitizen);
    utilities.payments().topUp(TopUpRequest.of(gas.id(), Money.cny(1000)), asCitizen);
    utilities.payments().get(payment.id(), asCitizen);
    utilities.payments().receipt(payment.id(), asCitizen);
    utilities.payments().listAll(PaymentQuery.ofLimit(1), asCitizen).stream().count();
    utilities.usage().get(UsageQuery.monthly(account.id(), YearMonth.of(2026, 1), YearMonth.of(2026, 3)), asCitizen);
    utilities.usage().get(new UsageQuery(account.id(), YearMonth.of(2026, 2), YearMonth.of(2026, 2), UsageGranularity.HOUR), asCitizen);
    assertThatThrownBy(() -> utilities.payments().pay(PayBillsRequest.of(due), asCitizen)).isInstanceOf(CityServicesException.class);
    assertThatThrownBy(() -> utilities.payments().topUp(TopUpRequest.of(account.id(), Money.cny(1)), asCitizen))
        .isInstanceOf(CityServicesException.class);
    assertThatThrownBy(() -> utilities.bills().get("bill-none", asCitizen)).isInstanceOf(CityServicesException.class);
    assertThatThrownBy(() -> utilities.accounts().bind(BindAccountRequest.of(water, "1000000000"), asCitizen))
        .isInstanceOf(CityServicesException.class);
    utilities.accounts().unbind(account.id(), asCitizen);

    assertThat(exchanges).extracting(Exchange::method).contains("GET", "POST", "DELETE");
    assertThat(exchanges).extracting(Exchange::status).contains(200, 201, 204, 404, 409);
    List<String> broken = exchanges.stream().map(UtilitiesContractTest::violations).filter(s -> !s.isEmpty()).toList();
    assertThat(broken).isEmpty();
  }

  private static String violations(Exchange e) {
    return DOCUMENT.violations(e.method(), e.url(), e.requestHeaders(), e.requestBody(), e.status(),
        e.responseHeaders(), e.responseBody());
  }

}
