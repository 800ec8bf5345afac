package io.cityservices.socialinsurance;

import io.cityservices.core.CityServices;
import io.cityservices.core.model.CityCode;
import io.cityservices.socialinsurance.internal.DefaultSocialInsuranceClient;

/**
 * The social insurance enquiries (社会保险查询) of one city for a citizen: enrolments, contribution
 * history, personal accounts, pension payments, medical insurance, proof of insurance and residents'
 * yearly contributions.
 *
 * <pre>{@code
 * SocialInsuranceClient si = SocialInsuranceClient.create(services);
 * RequestOptions me = RequestOptions.forCitizen(token); // granted with the social_insurance scope
 * List<Enrolment> enrolments = si.enrolments().list(me);
 * List<YearMonth> gaps = ContributionGaps.missingMonths(
 *     si.contributions().listAll(ContributionQuery.builder().insuranceType(InsuranceType.ENTERPRISE_EMPLOYEE_PENSION)
 *         .from(from).to(to).build(), me), InsuranceType.ENTERPRISE_EMPLOYEE_PENSION, from, to);
 * }</pre>
 *
 * <p>All of it is the citizen's personal data: every call needs a citizen token with the {@code
 * social_insurance} scope, nothing is cached, and amounts, identity numbers and employers are masked
 * in {@code toString()} and logs. An interface so that applications can mock it; thread-safe; share
 * one per city.
 */
public interface SocialInsuranceClient {

  /**
   * Enrolment per insurance type.
   *
   * @return the enrolments API
   */
  EnrolmentsApi enrolments();

  /**
   * Contribution history.
   *
   * @return the contributions API
   */
  ContributionsApi contributions();

  /**
   * Personal accounts per type and year.
   *
   * @return the personal accounts API
   */
  AccountsApi accounts();

  /**
   * Pension payments.
   *
   * @return the pensions API
   */
  PensionsApi pensions();

  /**
   * Basic medical insurance.
   *
   * @return the medical insurance API
   */
  MedicalInsuranceApi medicalInsurance();

  /**
   * Proof of insurance (参保证明).
   *
   * @return the certificates API
   */
  CertificatesApi certificates();

  /**
   * Residents' yearly contributions, and paying them.
   *
   * @return the residents' yearly contributions API
   */
  VoluntaryContributionsApi voluntaryContributions();

  /**
   * The city this client addresses.
   *
   * @return the city code, fixed at creation
   */
  CityCode city();

  /**
   * A client for the entry object's default city.
   *
   * @param services the configured entry object; its default city is used
   * @return a client bound to that city
   * @throws IllegalStateException when {@code services} has no default city
   */
  static SocialInsuranceClient create(CityServices services) {
    return create(services, services.defaultCity().orElseThrow(
        () -> new IllegalStateException("no default city configured: use create(services, city)")));
  }

  /**
   * A client for {@code city}.
   *
   * @param services the configured entry object
   * @param city the city to address
   * @return a client bound to {@code city}
   */
  static SocialInsuranceClient create(CityServices services, CityCode city) {
    return new DefaultSocialInsuranceClient(services, city);
  }
}
