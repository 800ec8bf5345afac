package io.cityservices.testkit.socialinsurance;

import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/** The wire forms the sandbox answers with, as social-insurance.yaml defines them (snake_case by the mapper). */
final class Views {
  private Views() {}

  record Employer(String name, String creditCode) {}

  record Enrolment(String insuranceType, String status, LocalDate firstInsuredOn, Employer employer,
      boolean flexibleEmployment, String poolingArea, LocalDate statusSince) {}

  record Contribution(YearMonth month, String insuranceType, Money base, Money employerAmount, Money personalAmount,
      String status, LocalDate paidOn) {}

  record PersonalAccount(String insuranceType, int year, int monthsContributed, int cumulativeMonths, Money balance) {}

  record PensionPayment(String id, YearMonth month, String insuranceType, Money amount, String bankAccount,
      LocalDate paidOn) {}

  record MedicalInsurance(String socialSecurityNumber, String name, String insuranceType, String status,
      String personType, String insuredPlace, LocalDate insuredSince, Money accountBalance) {}

  record VoluntaryContribution(String id, int year, String insuranceType, Money amount, LocalDate dueOn, String status,
      OffsetDateTime paidAt, String paymentId) {}

  record Certificate(String id, String status, List<String> insuranceTypes, YearMonth from, YearMonth to,
      OffsetDateTime requestedAt, OffsetDateTime readyAt, String contentType, Long size) {}

  // Package-private; the document bytes are written to the response as they are.
  @SuppressWarnings("ArrayRecordComponent")
  record CertificateDocument(String certificateId, String contentType, long size, String sha256, byte[] content) {}
}
