package io.cityservices.testkit.socialinsurance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.testkit.Citizen;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Test hooks into the simulated social insurance agency, reached through {@code
 * sandbox.data(SocialInsuranceSandbox.class)}: which citizen has which kind of record, and the
 * agency's side of things (suspending or resuming an enrolment, asking for a fresh real-name check,
 * failing a certificate, changing an amount due).
 */
public final class SocialInsuranceSandbox {
  private final SocialInsuranceSandboxModule module;

  SocialInsuranceSandbox(SocialInsuranceSandboxModule module) {
    this.module = module;
  }

  /**
   * The first seeded citizen of {@code city} with {@code profile}.
   *
   * @param city a city offering social insurance
   * @param profile the insurance situation wanted
   * @return the citizen
   * @throws NoSuchElementException when the city has none (or does not offer the service)
   */
  public Citizen citizen(CityCode city, Profile profile) {
    return citizens(city, profile).stream().findFirst()
        .orElseThrow(() -> new NoSuchElementException("no " + profile + " seeded in " + city));
  }

  /**
   * The seeded citizens of {@code city} with {@code profile}, in seed order.
   *
   * @param city any city
   * @param profile the insurance situation wanted
   * @return the citizens, empty when there are none
   */
  public List<Citizen> citizens(CityCode city, Profile profile) {
    synchronized (module.lock()) {
      return module.state().people.values().stream()
          .filter(p -> p.citizen.city().equals(city) && p.profile == profile)
          .map(p -> p.citizen).toList();
    }
  }

  /**
   * The profile of a seeded citizen, empty outside the cities offering the service.
   *
   * @param citizenId a seeded citizen's id
   * @return the profile, or empty
   */
  public Optional<Profile> profile(String citizenId) {
    synchronized (module.lock()) {
      return Optional.ofNullable(module.state().people.get(citizenId)).map(p -> p.profile);
    }
  }

  /**
   * The GB/T 2260 code of the pooling area where a seeded citizen is insured.
   *
   * @param citizenId a seeded citizen of a city offering the service
   * @return the six-digit area code
   */
  public String poolingArea(String citizenId) {
    synchronized (module.lock()) {
      return person(citizenId).poolingArea;
    }
  }

  /**
   * The months from the seeded window in which the citizen has no contribution of {@code type}.
   *
   * @param citizenId a seeded citizen's id
   * @param type an insurance type of {@code social-insurance.yaml}, e.g. {@code PENSION}
   * @param from the first month, inclusive
   * @param to the last month, inclusive
   * @return the months without a contribution, in order
   */
  public List<YearMonth> seededGaps(String citizenId, String type, YearMonth from, YearMonth to) {
    synchronized (module.lock()) {
      InsuredPerson p = person(citizenId);
      List<YearMonth> gaps = new ArrayList<>();
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        YearMonth month = m;
        if (p.contributions.stream().noneMatch(c -> c.type().equals(type) && c.month().equals(month))) {
          gaps.add(month);
        }
      }
      return gaps;
    }
  }

  /**
   * The agency suspends an enrolment (暂停缴费); publishes {@code social_insurance.enrolment.changed}.
   *
   * @param citizenId a seeded citizen's id
   * @param insuranceType the enrolment's insurance type, e.g. {@code PENSION}
   */
  public void suspend(String citizenId, String insuranceType) {
    changeStatus(citizenId, insuranceType, "SUSPENDED");
  }

  /**
   * The agency resumes a suspended enrolment; publishes {@code social_insurance.enrolment.changed}.
   *
   * @param citizenId a seeded citizen's id
   * @param insuranceType the enrolment's insurance type
   */
  public void resume(String citizenId, String insuranceType) {
    changeStatus(citizenId, insuranceType, "INSURED");
  }

  /**
   * The agency ends an enrolment (终止参保); publishes {@code social_insurance.enrolment.changed}.
   *
   * @param citizenId a seeded citizen's id
   * @param insuranceType the enrolment's insurance type
   */
  public void terminate(String citizenId, String insuranceType) {
    changeStatus(citizenId, insuranceType, "TERMINATED");
  }

  private void changeStatus(String citizenId, String type, String status) {
    synchronized (module.lock()) {
      InsuredPerson p = person(citizenId);
      InsuredPerson.EnrolmentState e = Optional.ofNullable(p.enrolments.get(type))
          .orElseThrow(() -> new IllegalArgumentException("no enrolment in " + type));
      String previous = e.status;
      e.status = status;
      e.statusSince = module.today();
      ObjectNode data = JsonNodeFactory.instance.objectNode();
      data.put("citizen_id", citizenId);
      data.put("insurance_type", type);
      data.put("previous_status", previous);
      data.put("status", status);
      data.put("pooling_area", p.poolingArea);
      module.events().publish("social_insurance.enrolment.changed", p.poolingArea, data);
    }
  }

  /**
   * The platform will want a fresh real-name check before certificates and payments ({@code identity_not_verified}).
   *
   * @param citizenId a seeded citizen's id
   */
  public void requireRealNameCheck(String citizenId) {
    synchronized (module.lock()) {
      person(citizenId).identityVerified = false;
    }
  }

  /**
   * The citizen passed the real-name check.
   *
   * @param citizenId a seeded citizen's id
   */
  public void realNameChecked(String citizenId) {
    synchronized (module.lock()) {
      person(citizenId).identityVerified = true;
    }
  }

  /**
   * The agency fails to produce a requested certificate: it becomes {@code FAILED}.
   *
   * @param certificateId a requested certificate's id
   */
  public void failCertificate(String certificateId) {
    synchronized (module.lock()) {
      Optional.ofNullable(module.state().certificates.get(certificateId))
          .orElseThrow(() -> new IllegalArgumentException("no certificate " + certificateId)).failed = true;
    }
  }

  /**
   * The amount of a yearly contribution changes (a new tier or premium).
   *
   * @param citizenId the resident's id
   * @param contributionId a yearly contribution's id
   * @param amount the new amount due in CNY
   */
  public void changeAmountDue(String citizenId, String contributionId, Money amount) {
    synchronized (module.lock()) {
      person(citizenId).voluntary(contributionId)
          .orElseThrow(() -> new IllegalArgumentException("no contribution " + contributionId)).amount = amount;
    }
  }

  private InsuredPerson person(String citizenId) {
    InsuredPerson p = module.state().people.get(citizenId);
    if (p == null) {
      throw new IllegalArgumentException("no social insurance record for " + citizenId);
    }
    return p;
  }
}
