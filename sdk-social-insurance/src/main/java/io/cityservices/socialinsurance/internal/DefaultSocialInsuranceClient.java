package io.cityservices.socialinsurance.internal;

import io.cityservices.core.CityServices;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.CityCode;
import io.cityservices.socialinsurance.AccountsApi;
import io.cityservices.socialinsurance.CertificatesApi;
import io.cityservices.socialinsurance.ContributionsApi;
import io.cityservices.socialinsurance.EnrolmentsApi;
import io.cityservices.socialinsurance.MedicalInsuranceApi;
import io.cityservices.socialinsurance.PensionsApi;
import io.cityservices.socialinsurance.SocialInsuranceClient;
import io.cityservices.socialinsurance.VoluntaryContributionsApi;
import java.util.Objects;

/** The {@link SocialInsuranceClient} over the shared transport. Internal: use {@link SocialInsuranceClient#create}. */
public final class DefaultSocialInsuranceClient implements SocialInsuranceClient {
  private final CityCode city;
  private final EnrolmentsApi enrolments;
  private final ContributionsApi contributions;
  private final AccountsApi accounts;
  private final PensionsApi pensions;
  private final MedicalInsuranceApi medicalInsurance;
  private final CertificatesApi certificates;
  private final VoluntaryContributionsApi voluntaryContributions;

  /** Made by {@link SocialInsuranceClient#create}; not for applications. */
  public DefaultSocialInsuranceClient(CityServices services, CityCode city) {
    Objects.requireNonNull(services, "services");
    this.city = Objects.requireNonNull(city, "city");
    SocialInsuranceCalls calls = new SocialInsuranceCalls(
        new ServiceCalls(services.apiExecutor(), city, SocialInsuranceErrors::translate));
    this.enrolments = new DefaultEnrolmentsApi(calls);
    this.contributions = new DefaultContributionsApi(calls);
    this.accounts = new DefaultAccountsApi(calls);
    this.pensions = new DefaultPensionsApi(calls);
    this.medicalInsurance = new DefaultMedicalInsuranceApi(calls);
    this.certificates = new DefaultCertificatesApi(calls, services.configuration().clock());
    this.voluntaryContributions = new DefaultVoluntaryContributionsApi(calls);
  }

  @Override
  public EnrolmentsApi enrolments() {
    return enrolments;
  }

  @Override
  public ContributionsApi contributions() {
    return contributions;
  }

  @Override
  public AccountsApi accounts() {
    return accounts;
  }

  @Override
  public PensionsApi pensions() {
    return pensions;
  }

  @Override
  public MedicalInsuranceApi medicalInsurance() {
    return medicalInsurance;
  }

  @Override
  public CertificatesApi certificates() {
    return certificates;
  }

  @Override
  public VoluntaryContributionsApi voluntaryContributions() {
    return voluntaryContributions;
  }

  @Override
  public CityCode city() {
    return city;
  }

  @Override
  public String toString() {
    return "SocialInsuranceClient[city=" + city + "]";
  }
}
