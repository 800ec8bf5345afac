package io.cityservices.health.internal;

import io.cityservices.core.http.Operation;

/** Every health operation, declared once, as the API reference lists them. */
final class HealthOperations {
  static final String SERVICE = "health";
  private static final String BASE = "/v1/cities/{city}/health";

  static final Operation SEARCH_HOSPITALS =
      Operation.publicRead("searchHospitals", SERVICE, BASE + "/hospitals");
  static final Operation GET_HOSPITAL =
      Operation.publicRead("getHospital", SERVICE, BASE + "/hospitals/{hospital_id}");
  static final Operation LIST_DEPARTMENTS =
      Operation.publicRead("listDepartments", SERVICE, BASE + "/hospitals/{hospital_id}/departments");
  static final Operation LIST_DOCTORS =
      Operation.publicRead("listDoctors", SERVICE, BASE + "/hospitals/{hospital_id}/doctors");
  /** Not a public read: remaining capacity changes too fast to cache. */
  static final Operation LIST_SLOTS =
      Operation.read("listSlots", SERVICE, BASE + "/slots").withoutCitizen();
  static final Operation LIST_PATIENTS = Operation.read("listPatients", SERVICE, BASE + "/patients");
  static final Operation ADD_PATIENT = Operation.create("addPatient", SERVICE, BASE + "/patients");
  static final Operation REMOVE_PATIENT =
      Operation.idempotentWrite("removePatient", SERVICE, "DELETE", BASE + "/patients/{patient_id}");
  /** A paid registration moves money. */
  static final Operation BOOK_APPOINTMENT =
      Operation.payment("bookAppointment", SERVICE, BASE + "/appointments");
  static final Operation LIST_APPOINTMENTS =
      Operation.read("listAppointments", SERVICE, BASE + "/appointments");
  static final Operation GET_APPOINTMENT =
      Operation.read("getAppointment", SERVICE, BASE + "/appointments/{appointment_id}");
  static final Operation CANCEL_APPOINTMENT =
      Operation.create("cancelAppointment", SERVICE, BASE + "/appointments/{appointment_id}/cancellation");

  private HealthOperations() {}
}
