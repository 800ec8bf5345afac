package io.cityservices.socialinsurance;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.testkit.junit.PlatformStub;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input, a missing citizen or a token without the scope is refused before anything is sent. */
class SocialInsuranceValidationTest {
  static final RequestOptions CITIZEN = SocialInsuranceWireMockTest.CITIZEN;

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
  void noRequestWasSent() {
    services.close();
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  private static void assertInvalid(ThrowingCallable call, String... fields) {
    assertThatThrownBy(() -> {
          try {
            call.call();
          } catch (CompletionException | ExecutionException e) {
            throw e.getCause();
          }
        })
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).contains(fields));
  }

  @Test
  void aTokenWithoutTheSocialInsuranceScopeIsRefused() {
    RequestOptions trafficOnly = RequestOptions.forCitizen(
        new CitizenToken("c-1", "token-0123456789abcdef", null, Instant.now().plusSeconds(600), "traffic health"));

    assertInvalid(() -> si.enrolments().list(trafficOnly), "options.citizen");
    assertInvalid(() -> si.medicalInsurance().getAsync(trafficOnly).get(), "options.citizen");
    assertInvalid(() -> si.voluntaryContributions().pay(
        new PayVoluntaryContributionRequest("vc-1", Money.cny(1)), trafficOnly), "options.citizen");
  }

  @Test
  void everyOperationNeedsACitizen() {
    RequestOptions none = RequestOptions.none();
    List<ThrowingCallable> calls = List.of(
        () -> si.enrolments().list(none),
        () -> si.contributions().list(ContributionQuery.all(), none),
        () -> si.accounts().list(null, none),
        () -> si.pensions().list(PensionPaymentQuery.all(), none),
        () -> si.medicalInsurance().get(none),
        () -> si.certificates().request(
            CertificateRequest.builder().insuranceType(InsuranceType.MATERNITY).build(), none),
        () -> si.certificates().get("SI-CERT-1", none),
        () -> si.certificates().download("SI-CERT-1", none),
        () -> si.voluntaryContributions().list(none),
        () -> si.voluntaryContributions().pay(new PayVoluntaryContributionRequest("vc-1", Money.cny(1)), none));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void queriesCheckTheirPeriodAndLimit() {
    assertInvalid(() -> ContributionQuery.builder().from(YearMonth.of(2026, 5)).to(YearMonth.of(2026, 4)).build(), "to");
    assertInvalid(() -> ContributionQuery.builder().insuranceType(InsuranceType.UNKNOWN).build(), "insurance_type");
    assertInvalid(() -> ContributionQuery.builder().status(ContributionStatus.UNKNOWN).build(), "status");
    assertInvalid(() -> si.contributions().list(ContributionQuery.builder().limit(101).build(), CITIZEN), "limit");
    assertInvalid(() -> si.contributions().listAsync(ContributionQuery.builder().limit(0).build(), CITIZEN).get(),
        "limit");
    assertInvalid(() -> new PensionPaymentQuery(YearMonth.of(2026, 5), YearMonth.of(2026, 1), null, null), "to");
    assertInvalid(() -> si.pensions().list(new PensionPaymentQuery(null, null, 500, null), CITIZEN), "limit");
    assertInvalid(() -> si.accounts().list(1980, CITIZEN), "year");
    assertInvalid(() -> si.accounts().listAsync(10_000, CITIZEN).get(), "year");
  }

  @Test
  void certificateRequestsAreChecked() {
    assertInvalid(() -> si.certificates().request(new CertificateRequest(List.of(), null, null, null), CITIZEN),
        "insuranceTypes");
    assertInvalid(() -> si.certificates().request(
        new CertificateRequest(List.of("110"), null, null, "x".repeat(65)), CITIZEN), "purpose");
    assertInvalid(() -> CertificateRequest.builder().insuranceType(InsuranceType.UNKNOWN), "insurance_types");
    assertInvalid(() -> CertificateRequest.builder().insuranceType(InsuranceType.MATERNITY)
        .from(YearMonth.of(2026, 2)).to(YearMonth.of(2026, 1)).build(), "to");
    assertInvalid(() -> si.certificates().get(" ", CITIZEN), "certificate_id");
    assertInvalid(() -> si.certificates().downloadAsync(null, CITIZEN).get(), "certificate_id");
    assertInvalid(() -> si.certificates().awaitReady("SI-CERT-1", Duration.ZERO, CITIZEN), "max_wait");
    assertInvalid(() -> si.certificates().awaitReadyAsync("", Duration.ofSeconds(1), CITIZEN).get(), "certificate_id");
  }

  @Test
  void aPaymentNamesTheBrokenField() {
    // The id becomes a path segment: core reports it together with the body's fields, in one error.
    assertInvalid(() -> si.voluntaryContributions().pay(new PayVoluntaryContributionRequest(" ", null), CITIZEN),
        "contributionId", "expectedAmount");
    assertInvalid(() -> si.voluntaryContributions().payAsync(new PayVoluntaryContributionRequest(null, Money.cny(1)),
        CITIZEN).get(), "contributionId");
    assertInvalid(() -> si.voluntaryContributions().pay(new PayVoluntaryContributionRequest("vc-1", null), CITIZEN),
        "expectedAmount");
  }
}
