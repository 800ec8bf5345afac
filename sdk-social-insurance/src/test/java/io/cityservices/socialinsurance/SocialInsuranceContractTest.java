package io.cityservices.socialinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.conventions.ContractDocument;
import io.cityservices.conventions.ContractExchanges;
import io.cityservices.conventions.ContractExchanges.Exchange;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.socialinsurance.Profile;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every social insurance exchange between the SDK and the sandbox, successes and each platform error
 * code, must match social-insurance.yaml both ways.
 */
class SocialInsuranceContractTest {
  private static final ContractDocument DOCUMENT = ContractDocument.load("social-insurance");
  private static final CityCode SH = CityCode.SHANGHAI;

  final SandboxWorld world = new SandboxWorld();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void everyExchangeMatchesTheDocument() {
    List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(ContractExchanges.record(exchanges)).build();
    try {
      runEveryOperation(world.services(SH, CityServices.builder().okHttpClient(recording)));
    } finally {
      recording.dispatcher().executorService().shutdown();
      recording.connectionPool().evictAll();
    }

    List<Exchange> ours = exchanges.stream().filter(e -> e.path().contains("/social-insurance/")).toList();
    assertThat(ours.stream().map(e -> e.method() + " " + e.status()).distinct()).contains(
        "GET 200", "POST 201", "POST 200", "GET 404", "GET 409", "POST 403", "POST 404", "POST 409");
    assertThat(DOCUMENT.violations(ours)).isEmpty();
  }

  private void runEveryOperation(CityServices services) {
    SocialInsuranceClient si = SocialInsuranceClient.create(services);
    Citizen employee = world.citizen(SH, Profile.EMPLOYEE);
    Citizen resident = world.citizen(SH, Profile.RESIDENT);
    RequestOptions me = world.login(employee);
    RequestOptions res = world.login(resident);
    RequestOptions retiree = world.login(world.citizen(SH, Profile.RETIREE));
    RequestOptions nobody = world.login(world.citizen(SH, Profile.NOT_INSURED));
    RequestOptions elsewhere = world.login(world.citizen(SH, Profile.ELSEWHERE));

    si.enrolments().list(me);
    si.enrolments().list(res);
    si.contributions().list(ContributionQuery.builder().insuranceType(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION)
        .from(YearMonth.of(2026, 1)).to(YearMonth.of(2026, 11)).status(ContributionStatus.POSTED).limit(3).build(), me);
    si.contributions().list(ContributionQuery.all(), res);
    si.accounts().list(2026, me);
    si.accounts().list(null, res);
    si.pensions().list(new PensionPaymentQuery(YearMonth.of(2025, 1), YearMonth.of(2026, 11), 5, null), retiree);
    si.medicalInsurance().get(me);
    si.medicalInsurance().get(res);
    Certificate c = si.certificates().request(CertificateRequest.builder()
        .insuranceType(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION).from(YearMonth.of(2025, 1)).purpose("落户").build(), me);
    world.clock.advance(Duration.ofSeconds(5));
    si.certificates().get(c.id(), me);
    si.certificates().download(c.id(), me);
    List<VoluntaryContribution> dues = si.voluntaryContributions().list(res);
    si.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(dues.get(0)), res);

    assertThatThrownBy(() -> si.medicalInsurance().get(nobody)).isInstanceOf(NotInsuredException.class);
    assertThatThrownBy(() -> si.contributions().list(ContributionQuery.all(), elsewhere))
        .isInstanceOf(PoolingAreaMismatchException.class);
    assertThatThrownBy(() -> si.certificates().request(CertificateRequest.builder()
        .insuranceType(InsuranceType.RESIDENT_PENSION).build(), me)).isInstanceOf(NotInsuredException.class);
    assertThatThrownBy(() -> si.certificates().request(CertificateRequest.builder()
        .insuranceType(InsuranceType.UNEMPLOYMENT).to(YearMonth.of(2026, 11)).build(), me))
        .isInstanceOf(PeriodNotPostedException.class);
    Certificate pending = si.certificates().request(CertificateRequest.builder()
        .insuranceType(InsuranceType.UNEMPLOYMENT).build(), me);
    assertThatThrownBy(() -> si.certificates().download(pending.id(), me)).isInstanceOf(CityServicesException.class);
    assertThatThrownBy(() -> si.certificates().get("SI-CERT-missing", me)).isInstanceOf(CityServicesException.class);
    world.agency.suspend(resident.id(), "170");
    assertThatThrownBy(() -> si.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(dues.get(1)), res))
        .isInstanceOf(EnrolmentSuspendedException.class);
    world.agency.requireRealNameCheck(employee.id());
    assertThatThrownBy(() -> si.certificates().request(CertificateRequest.builder()
        .insuranceType(InsuranceType.MATERNITY).build(), me)).isInstanceOf(IdentityNotVerifiedException.class);
  }
}
