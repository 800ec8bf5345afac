package io.cityservices.socialinsurance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.ServerException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.pagination.Page;
import io.cityservices.testkit.junit.PlatformStub;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact request of every operation and the decoding of its response, against WireMock. */
class SocialInsuranceWireMockTest {
  static final String BASE = "/v1/cities/310000/social-insurance";
  static final String TOKEN = "citizen-access-token-0123456789";
  static final RequestOptions CITIZEN = RequestOptions.forCitizen(
      new CitizenToken("c-310000-001", TOKEN, null, Instant.now().plusSeconds(3600), "profile social_insurance"));
  static final String ID = "310115201503070021";
  static final String CREDIT_CODE = validCreditCode();

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  WireMockServer wm;
  CityServices services;
  SocialInsuranceClient si;

  @BeforeEach
  void client() {
    wm = platform.server();
    services = platform.client(CityCode.SHANGHAI);
    si = SocialInsuranceClient.create(services);
  }

  @AfterEach
  void close() {
    services.close();
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static ResponseDefinitionBuilder problem(int status, String code, String detail) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + status + ",\"code\":\"" + code + "\""
            + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + "}");
  }

  @Test
  void enrolmentsDecodeEveryFieldAndKeepUnknownCodes() {
    wm.stubFor(get(urlEqualTo(BASE + "/enrolments")).willReturn(json(200, """
        [{"insurance_type":"110","status":"INSURED","first_insured_on":"2012-07-01",
          "employer":{"name":"上海浦江数据科技有限公司","credit_code":"%s"},"flexible_employment":false,
          "pooling_area":"310000","status_since":"2012-07-01"},
         {"insurance_type":"999","status":"FROZEN","first_insured_on":"2020-01-01","employer":null,
          "flexible_employment":true,"pooling_area":"330100"}]""".formatted(CREDIT_CODE))));

    List<Enrolment> enrolments = si.enrolments().list(CITIZEN);

    wm.verify(getRequestedFor(urlEqualTo(BASE + "/enrolments")).withHeader("X-Citizen-Token", equalTo(TOKEN)));
    Enrolment pension = enrolments.get(0);
    assertThat(pension.insuranceType()).isEqualTo(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION);
    assertThat(pension.isInsured()).isTrue();
    assertThat(pension.firstInsuredOn()).isEqualTo(LocalDate.of(2012, 7, 1));
    assertThat(pension.employer().name()).isEqualTo("上海浦江数据科技有限公司");
    assertThat(pension.employer().creditCode().value()).isEqualTo(CREDIT_CODE);
    assertThat(pension.poolingArea()).isEqualTo(CityCode.SHANGHAI);
    Enrolment unknown = enrolments.get(1);
    assertThat(unknown.insuranceType()).isEqualTo(InsuranceType.UNKNOWN);
    assertThat(unknown.insuranceTypeCode()).isEqualTo("999");
    assertThat(unknown.status()).isEqualTo(EnrolmentStatus.UNKNOWN);
    assertThat(unknown.employer()).isNull();
    assertThat(unknown.flexibleEmployment()).isTrue();
    assertThat(unknown.poolingArea()).isEqualTo(CityCode.of("330100"));
  }

  @Test
  void contributionsSendEveryCriterionAndFollowTheCursor() {
    String row = """
        {"month":"%s","insurance_type":"110","base":{"amount":1200000,"currency":"CNY"},
         "employer_amount":{"amount":192000,"currency":"CNY"},"personal_amount":{"amount":96000,"currency":"CNY"},
         "status":"POSTED","paid_on":"2026-01-15"}""";
    wm.stubFor(get(urlEqualTo(BASE + "/contributions?insurance_type=110&from=2026-01&to=2026-02&status=POSTED&limit=1"))
        .willReturn(json(200, "{\"data\":[" + row.formatted("2026-01") + "],\"next_cursor\":\"c2\"}")));
    wm.stubFor(get(urlEqualTo(BASE
        + "/contributions?insurance_type=110&from=2026-01&to=2026-02&status=POSTED&limit=1&cursor=c2"))
        .willReturn(json(200, "{\"data\":[" + row.formatted("2026-02") + "],\"next_cursor\":null}")));
    ContributionQuery query = ContributionQuery.builder().insuranceType(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION)
        .from(YearMonth.of(2026, 1)).to(YearMonth.of(2026, 2)).status(ContributionStatus.POSTED).limit(1).build();

    List<Contribution> all = si.contributions().listAll(query, CITIZEN).stream().toList();

    assertThat(all).extracting(Contribution::month).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    Contribution c = all.get(0);
    assertThat(c.base()).isEqualTo(Money.cny(1_200_000));
    assertThat(c.total()).isEqualTo(Money.cny(288_000));
    assertThat(c.isPosted()).isTrue();
    assertThat(c.paidOn()).isEqualTo(LocalDate.of(2026, 1, 15));
  }

  @Test
  void accountsSendTheYear() throws Exception {
    wm.stubFor(get(urlEqualTo(BASE + "/accounts?year=2025")).willReturn(json(200, """
        [{"insurance_type":"110","year":2025,"months_contributed":12,"cumulative_months":184,
          "balance":{"amount":8834512,"currency":"CNY"}}]""")));

    PersonalAccount account = si.accounts().listAsync(2025, CITIZEN).get().get(0);

    assertThat(account).isEqualTo(new PersonalAccount("110", 2025, 12, 184, Money.cny(8_834_512)));
    assertThat(account.cumulativePeriod().getYears()).isEqualTo(15);
    assertThat(account.cumulativePeriod().getMonths()).isEqualTo(4);
  }

  @Test
  void pensionPaymentsSendThePeriodAndPage() {
    wm.stubFor(get(urlEqualTo(BASE + "/pension-payments?from=2026-01&to=2026-12&limit=2&cursor=p1"))
        .willReturn(json(200, """
            {"data":[{"id":"pp-1","month":"2026-11","insurance_type":"110","amount":{"amount":612300,"currency":"CNY"},
              "bank_account":"************1234","paid_on":"2026-11-10"}],"next_cursor":null}""")));

    Page<PensionPayment> page = si.pensions().list(
        new PensionPaymentQuery(YearMonth.of(2026, 1), YearMonth.of(2026, 12), 2, "p1"), CITIZEN);

    assertThat(page.data()).containsExactly(new PensionPayment("pp-1", YearMonth.of(2026, 11), "110",
        Money.cny(612_300), "************1234", LocalDate.of(2026, 11, 10)));
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void medicalInsuranceDecodes() {
    wm.stubFor(get(urlEqualTo(BASE + "/medical-insurance")).willReturn(json(200, """
        {"social_security_number":"%s","name":"张伟","insurance_type":"310","status":"INSURED","person_type":"EMPLOYEE",
         "insured_place":"310000","insured_since":"2012-07-01","account_balance":{"amount":345600,"currency":"CNY"}}"""
        .formatted(ID))));

    MedicalInsurance m = si.medicalInsurance().get(CITIZEN);

    assertThat(m.socialSecurityNumber().value()).isEqualTo(ID);
    assertThat(m.name().value()).isEqualTo("张伟");
    assertThat(m.insuranceType()).isEqualTo(InsuranceType.EMPLOYEE_MEDICAL);
    assertThat(m.personType()).isEqualTo(MedicalPersonType.EMPLOYEE);
    assertThat(m.insuredPlace()).isEqualTo(CityCode.SHANGHAI);
    assertThat(m.accountBalance()).isEqualTo(Money.cny(345_600));
  }

  static final String CERTIFICATE = """
      {"id":"SI-CERT-1","status":"%s","insurance_types":["110","310"],"from":"2024-01","to":"2026-10",
       "requested_at":"2026-11-20T10:00:00+08:00","ready_at":null,"content_type":null,"size":null}""";

  @Test
  void aCertificateRequestCarriesItsBodyAndAKey() {
    wm.stubFor(post(urlEqualTo(BASE + "/certificates")).willReturn(json(201, CERTIFICATE.formatted("PENDING"))));

    Certificate c = si.certificates().request(CertificateRequest.builder()
        .insuranceType(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION).insuranceType(InsuranceType.EMPLOYEE_MEDICAL)
        .from(YearMonth.of(2024, 1)).to(YearMonth.of(2026, 10)).purpose("购房资格").build(), CITIZEN);

    wm.verify(postRequestedFor(urlEqualTo(BASE + "/certificates"))
        .withHeader("Idempotency-Key", matching("\"[0-9a-zA-Z_-]{8,}\""))
        .withRequestBody(equalToJson(
            "{\"insurance_types\":[\"110\",\"310\"],\"from\":\"2024-01\",\"to\":\"2026-10\",\"purpose\":\"购房资格\"}")));
    assertThat(c.status()).isEqualTo(CertificateStatus.PENDING);
    assertThat(c.requestedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T10:00:00+08:00"));
    assertThat(c.insuranceTypes()).containsExactly("110", "310");
  }

  @Test
  void awaitReadyPollsUntilReady() {
    wm.stubFor(get(urlEqualTo(BASE + "/certificates/SI-CERT-1")).inScenario("c").whenScenarioStateIs("Started")
        .willReturn(json(200, CERTIFICATE.formatted("PENDING"))).willSetStateTo("ready"));
    wm.stubFor(get(urlEqualTo(BASE + "/certificates/SI-CERT-1")).inScenario("c").whenScenarioStateIs("ready")
        .willReturn(json(200, CERTIFICATE.formatted("READY")
            .replace("\"ready_at\":null", "\"ready_at\":\"2026-11-20T10:00:05+08:00\"")
            .replace("\"content_type\":null", "\"content_type\":\"application/pdf\"").replace("\"size\":null", "\"size\":900"))));

    Certificate ready = si.certificates().awaitReady("SI-CERT-1", Duration.ofSeconds(30), CITIZEN);

    assertThat(ready.isReady()).isTrue();
    assertThat(ready.size()).isEqualTo(900L);
    wm.verify(2, getRequestedFor(urlEqualTo(BASE + "/certificates/SI-CERT-1")));
  }

  @Test
  void awaitReadyEndsWithinTheCallersWait() {
    wm.stubFor(get(urlEqualTo(BASE + "/certificates/SI-CERT-1")).willReturn(json(200, CERTIFICATE.formatted("PENDING"))));

    assertThatThrownBy(() -> si.certificates().awaitReady("SI-CERT-1", Duration.ofMillis(300), CITIZEN))
        .isInstanceOfSatisfying(ApiTimeoutException.class, e -> assertThat(e.code()).isEqualTo("certificate_pending"));
  }

  static String document(byte[] pdf, String contentType, long size, byte[] digestOf) throws Exception {
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(digestOf));
    return "{\"certificate_id\":\"SI-CERT-1\",\"content_type\":\"" + contentType + "\",\"size\":" + size
        + ",\"sha256\":\"" + sha + "\",\"content\":\"" + Base64.getEncoder().encodeToString(pdf) + "\"}";
  }

  @Test
  void downloadChecksTypeSizeDigestAndMagic() throws Exception {
    byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    wm.stubFor(get(urlEqualTo(BASE + "/certificates/SI-CERT-1/document"))
        .willReturn(json(200, document(pdf, "application/pdf", pdf.length, pdf))));

    CertificateDocument d = si.certificates().download("SI-CERT-1", CITIZEN);

    assertThat(d.content()).isEqualTo(pdf);
    assertThat(d.contentType()).isEqualTo("application/pdf");
    assertThat(d.toString()).contains("size=" + pdf.length).doesNotContain("PDF-1.4");
  }

  @Test
  void aDocumentThatIsNotTheDeclaredPdfIsRefused() throws Exception {
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] html = "<html>error</html>".getBytes(StandardCharsets.US_ASCII);
    List<String> bodies = List.of(
        document(pdf, "text/html", pdf.length, pdf),
        document(pdf, "application/pdf", pdf.length + 1, pdf),
        document(pdf, "application/pdf", pdf.length, html),
        document(html, "application/pdf", html.length, html));
    for (String body : bodies) {
      wm.stubFor(get(urlEqualTo(BASE + "/certificates/SI-CERT-1/document")).willReturn(json(200, body)));
      assertThatThrownBy(() -> si.certificates().download("SI-CERT-1", CITIZEN))
          .isInstanceOfSatisfying(ServerException.class,
              e -> assertThat(e.code()).isEqualTo("certificate_document_invalid"));
      assertThatThrownBy(() -> si.certificates().downloadAsync("SI-CERT-1", CITIZEN).get())
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ServerException.class);
    }
  }

  @Test
  void voluntaryContributionsListAndPayWithTheExpectedAmount() {
    String due = """
        {"id":"vc-1","year":2026,"insurance_type":"170","amount":{"amount":170000,"currency":"CNY"},
         "due_on":"2026-12-31","status":"%s","paid_at":%s,"payment_id":%s}""";
    wm.stubFor(get(urlEqualTo(BASE + "/voluntary-contributions"))
        .willReturn(json(200, "[" + due.formatted("DUE", "null", "null") + "]")));
    wm.stubFor(post(urlEqualTo(BASE + "/voluntary-contributions/vc-1/payment"))
        .willReturn(json(200, due.formatted("PAID", "\"2026-11-20T10:00:00+08:00\"", "\"pay-1\""))));

    VoluntaryContribution open = si.voluntaryContributions().list(CITIZEN).get(0);
    VoluntaryContribution paid = si.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(open),
        CITIZEN.toBuilder().idempotencyKey("order-42").build());

    assertThat(open.isDue()).isTrue();
    assertThat(open.insuranceType()).isEqualTo(InsuranceType.RESIDENT_PENSION);
    wm.verify(postRequestedFor(urlEqualTo(BASE + "/voluntary-contributions/vc-1/payment"))
        .withHeader("Idempotency-Key", equalTo("\"order-42\""))
        .withRequestBody(equalToJson("{\"expected_amount\":{\"amount\":170000,\"currency\":\"CNY\"}}")));
    assertThat(paid.status()).isEqualTo(VoluntaryContributionStatus.PAID);
    assertThat(paid.paymentId()).isEqualTo("pay-1");
  }

  @Test
  void platformErrorsBecomeTheirTypedExceptions() {
    wm.stubFor(get(urlEqualTo(BASE + "/medical-insurance")).willReturn(problem(404, "not_insured", null)));
    wm.stubFor(get(urlEqualTo(BASE + "/contributions")).willReturn(problem(409, "pooling_area_mismatch",
        "the person is insured in pooling area 330100, not in 310000")));
    wm.stubFor(get(urlEqualTo(BASE + "/accounts")).willReturn(problem(409, "pooling_area_mismatch", null)));
    wm.stubFor(post(urlEqualTo(BASE + "/certificates")).inScenario("e").whenScenarioStateIs("Started")
        .willReturn(problem(409, "period_not_posted", null)).willSetStateTo("unverified"));
    wm.stubFor(post(urlEqualTo(BASE + "/certificates")).inScenario("e").whenScenarioStateIs("unverified")
        .willReturn(problem(403, "identity_not_verified", null)));
    wm.stubFor(post(urlEqualTo(BASE + "/voluntary-contributions/vc-1/payment"))
        .willReturn(problem(409, "enrolment_suspended", null)));
    CertificateRequest request = CertificateRequest.builder().insuranceType(InsuranceType.UNEMPLOYMENT).build();

    assertThatThrownBy(() -> si.medicalInsurance().get(CITIZEN)).isInstanceOf(NotInsuredException.class);
    assertThatThrownBy(() -> si.contributions().list(ContributionQuery.all(), CITIZEN))
        .isInstanceOfSatisfying(PoolingAreaMismatchException.class, e -> {
          assertThat(e.poolingArea()).contains(CityCode.of("330100"));
          assertThat(e.getMessage()).contains("330100");
        });
    assertThatThrownBy(() -> si.accounts().list(null, CITIZEN))
        .isInstanceOfSatisfying(PoolingAreaMismatchException.class, e -> assertThat(e.poolingArea()).isEmpty());
    assertThatThrownBy(() -> si.certificates().request(request, CITIZEN)).isInstanceOf(PeriodNotPostedException.class);
    assertThatThrownBy(() -> si.certificates().requestAsync(request, CITIZEN).get())
        .hasCauseInstanceOf(IdentityNotVerifiedException.class);
    assertThatThrownBy(() -> si.voluntaryContributions().pay(
        new PayVoluntaryContributionRequest("vc-1", Money.cny(170_000)), CITIZEN))
        .isInstanceOf(EnrolmentSuspendedException.class).isInstanceOf(ConflictException.class);
  }

  /** A GB 32100 code with both check characters right, found by trial so the rule lives only in core. */
  static String validCreditCode() {
    for (char org : "0123456789X".toCharArray()) {
      for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
        try {
          return io.cityservices.core.model.UnifiedSocialCreditCode.of("9131000012345678" + org + check).value();
        } catch (IllegalArgumentException wrong) {
          // exactly one pair is valid
        }
      }
    }
    throw new IllegalStateException("no valid code");
  }
}
