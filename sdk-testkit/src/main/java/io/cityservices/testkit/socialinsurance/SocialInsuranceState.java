package io.cityservices.testkit.socialinsurance;

import io.cityservices.testkit.Citizen;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything the agency keeps, per sandbox: the seeded records and the certificates requested. */
final class SocialInsuranceState {
  final Map<String, InsuredPerson> people = new LinkedHashMap<>();
  final Map<String, CertificateRecord> certificates = new LinkedHashMap<>();
  private int nextCertificate = 1;
  private int nextPayment = 1;

  void add(InsuredPerson person) {
    people.put(person.citizen.id(), person);
  }

  Optional<InsuredPerson> person(Citizen citizen) {
    return Optional.ofNullable(people.get(citizen.id()));
  }

  String nextCertificateId() {
    return String.format("SI-CERT-%08d", nextCertificate++);
  }

  String nextPaymentId() {
    return String.format("pay-si-%06d", nextPayment++);
  }
}
