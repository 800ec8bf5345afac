package io.cityservices.testkit.exitentry;

import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.SeedData;
import java.util.List;
import java.util.Optional;

/**
 * Test hooks into the simulated exit-entry administration, reached through {@code
 * sandbox.data(ExitEntrySandbox.class)}: the seeded offices, slots and documents, and the office's
 * side of things (accepting an application at the counter, returning it for correction, refusing it,
 * handing the document over). Applications otherwise move on the sandbox clock: advance it and call
 * {@link #advance()} (or read an application) to see them progress.
 *
 * <p>Seeded per city offering the service (Shanghai, Hangzhou, Guangzhou): the first citizen holds a
 * passport expiring in about 120 days, a Hong Kong and Macao permit with a G endorsement, and a passport
 * renewal under review (mailed when issued); the second holds a passport valid for eight more years;
 * the last ({@link SeedData#CITIZENS_PER_CITY}th) is under an exit restriction, which the platform
 * answers with {@code not_eligible} and never explains.
 */
public final class ExitEntrySandbox {
  private final ExitEntrySandboxModule module;

  ExitEntrySandbox(ExitEntrySandboxModule module) {
    this.module = module;
  }

  /**
   * The offices of {@code city}; empty for a city without exit-entry services.
   *
   * @param city any city
   * @return the offices in catalogue order
   */
  public List<OfficeRecord> offices(CityCode city) {
    return module.catalog().offices(city.value());
  }

  /**
   * A slot as it stands now.
   *
   * @param city the slot's city
   * @param slotId any slot id
   * @return the slot, or empty when unknown
   */
  public Optional<SlotView> slot(CityCode city, String slotId) {
    return module.state().anySlot(city.value(), slotId);
  }

  /**
   * Takes every free place of a slot, as other applicants would.
   *
   * @param city the slot's city
   * @param slotId a slot's id
   * @throws io.cityservices.testkit.SandboxProblem 404 for an unknown slot
   */
  public void fillSlot(CityCode city, String slotId) {
    module.state().fill(city.value(), slotId);
  }

  /**
   * An appointment of any citizen, as it stands now.
   *
   * @param appointmentId any appointment id
   * @return the appointment, or empty when unknown
   */
  public Optional<AppointmentView> appointment(String appointmentId) {
    return module.state().anyAppointment(appointmentId);
  }

  /**
   * The applicant came: the office accepts the application, gives it a receipt number and the
   * appointment becomes {@code ATTENDED}. Publishes nothing yet (the first change is to review).
   *
   * @param delivery {@code MAIL} or {@code PICKUP}
   * @param appointmentId a booked appointment's id
   * @return the receipt number
   * @throws IllegalArgumentException when the appointment is not booked, or for another delivery
   */
  public String accept(String appointmentId, String delivery) {
    return module.state().accept(appointmentId, delivery).receiptNumber;
  }

  /**
   * The applicant did not come: the appointment becomes {@code NO_SHOW}.
   *
   * @param appointmentId a booked appointment's id
   * @throws IllegalArgumentException when the appointment is not booked
   */
  public void noShow(String appointmentId) {
    module.state().noShow(appointmentId);
  }

  /**
   * Sets after how many working days from acceptance documents are issued (default 7), within the
   * legal 15.
   *
   * @param days working days, 5 to 15
   * @throws IllegalArgumentException outside 5 to 15
   */
  public void setIssueWorkingDays(int days) {
    module.state().setIssueWorkingDays(days);
  }

  /**
   * Moves every application along its schedule to the sandbox clock, publishing an {@code
   * exit_entry.application.status_changed} event per step.
   *
   * @return the number of steps taken
   */
  public int advance() {
    return module.advance();
  }

  /**
   * An application as it stands, without moving it along the clock.
   *
   * @param receiptNumber the receipt number {@link #accept} returned
   * @return the application
   * @throws IllegalArgumentException for an unknown receipt number
   */
  public ApplicationView application(String receiptNumber) {
    return module.state().record(receiptNumber).view();
  }

  /**
   * Every application a citizen made.
   *
   * @param citizenId a seeded citizen's id
   * @return the applications, oldest first; empty when there are none
   */
  public List<ApplicationView> applications(String citizenId) {
    return module.state().allApplications(citizenId);
  }

  /**
   * The documents a citizen holds, as served.
   *
   * @param citizenId a seeded citizen's id
   * @return the documents, empty when there are none
   */
  public List<DocumentView> documents(String citizenId) {
    return module.state().documents(citizenId);
  }

  /**
   * Returns an application for correction (补充材料), with the reason shown to the applicant.
   *
   * @param receiptNumber the application's receipt number
   * @param reason what is missing, shown to the applicant
   * @throws IllegalStateException unless it is under review
   */
  public void returnForCorrection(String receiptNumber, String reason) {
    officer(receiptNumber, "UNDER_REVIEW", a -> a.returnForCorrection(reason, module.state().now()));
  }

  /**
   * The applicant supplied what was missing: review resumes, and the schedule counts from now.
   *
   * @param receiptNumber the application's receipt number
   * @throws IllegalStateException unless it was returned for correction
   */
  public void resubmit(String receiptNumber) {
    officer(receiptNumber, "RETURNED_FOR_CORRECTION", a -> a.resubmit(module.state().now()));
  }

  /**
   * Refuses an application with the reason the law requires to be given.
   *
   * @param receiptNumber the application's receipt number
   * @param reason the legal ground, shown to the applicant
   * @throws IllegalStateException unless it is under review
   */
  public void refuse(String receiptNumber, String reason) {
    officer(receiptNumber, "UNDER_REVIEW", a -> a.refuse(reason, module.state().now()));
  }

  /**
   * The applicant withdrew the application at the office.
   *
   * @param receiptNumber the application's receipt number
   * @throws IllegalStateException once it is approved or final
   */
  public void withdraw(String receiptNumber) {
    ApplicationRecord a = module.state().record(receiptNumber);
    String status = a.status();
    if (!List.of("ACCEPTED", "UNDER_REVIEW", "RETURNED_FOR_CORRECTION").contains(status)) {
      throw new IllegalStateException("cannot withdraw an application that is " + status);
    }
    officer(receiptNumber, status, x -> x.move("WITHDRAWN", module.state().now()));
  }

  /**
   * The applicant collected the document at the office.
   *
   * @param receiptNumber the application's receipt number
   * @throws IllegalStateException unless it is ready for pick-up
   */
  public void collect(String receiptNumber) {
    officer(receiptNumber, "READY_FOR_PICKUP", a -> a.move("COLLECTED", module.state().now()));
  }

  /**
   * Publishes {@code exit_entry.document.expiring} for every valid document of {@code city}'s
   * citizens with less than six months' validity left, as the platform's daily job does.
   *
   * @param city any city
   * @return how many were published
   */
  public int publishExpiryWarnings(CityCode city) {
    return module.publishExpiryWarnings(city.value());
  }

  private void officer(String receiptNumber, String expected,
      java.util.function.Function<ApplicationRecord, ApplicationRecord.Change> action) {
    ExitEntryState state = module.state();
    ApplicationRecord.Change change;
    ApplicationRecord a;
    synchronized (state) {
      a = state.record(receiptNumber);
      if (!a.status().equals(expected)) {
        throw new IllegalStateException("the application is " + a.status() + ", not " + expected);
      }
      change = action.apply(a);
    }
    module.publishChange(a, change);
  }
}
