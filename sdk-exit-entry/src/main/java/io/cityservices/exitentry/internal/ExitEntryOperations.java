package io.cityservices.exitentry.internal;

import io.cityservices.core.http.Operation;

/** Every exit-entry operation, declared once, as the API reference lists them. */
final class ExitEntryOperations {
  static final String SERVICE = "exit-entry";
  private static final String BASE = "/v1/cities/{city}/exit-entry";

  static final Operation LIST_OFFICES = Operation.publicRead("listOffices", SERVICE, BASE + "/offices");
  static final Operation GET_OFFICE = Operation.publicRead("getOffice", SERVICE, BASE + "/offices/{office_id}");
  static final Operation LIST_ENDORSEMENT_TYPES =
      Operation.publicRead("listEndorsementTypes", SERVICE, BASE + "/endorsement-types");
  /** Not a public read: free places change too fast to cache. */
  static final Operation LIST_SLOTS = Operation.read("listSlots", SERVICE, BASE + "/slots").withoutCitizen();
  /** Holds a place without moving money: keyed so that a retry never holds a second one. */
  static final Operation BOOK_APPOINTMENT = Operation.create("bookAppointment", SERVICE, BASE + "/appointments");
  static final Operation LIST_APPOINTMENTS = Operation.read("listAppointments", SERVICE, BASE + "/appointments");
  static final Operation GET_APPOINTMENT =
      Operation.read("getAppointment", SERVICE, BASE + "/appointments/{appointment_id}");
  static final Operation RESCHEDULE_APPOINTMENT =
      Operation.create("rescheduleAppointment", SERVICE, BASE + "/appointments/{appointment_id}/reschedule");
  static final Operation CANCEL_APPOINTMENT =
      Operation.create("cancelAppointment", SERVICE, BASE + "/appointments/{appointment_id}/cancellation");
  static final Operation LIST_APPLICATIONS = Operation.read("listApplications", SERVICE, BASE + "/applications");
  static final Operation GET_APPLICATION =
      Operation.read("getApplication", SERVICE, BASE + "/applications/{receipt_number}");
  static final Operation LIST_DOCUMENTS = Operation.read("listDocuments", SERVICE, BASE + "/documents");

  private ExitEntryOperations() {}
}
