package io.cityservices.marriage.internal;

import io.cityservices.core.http.Operation;

/** Every marriage operation, declared once, as the API reference lists them. */
final class MarriageOperations {
  static final String SERVICE = "marriage";
  private static final String BASE = "/v1/cities/{city}/marriage";

  static final Operation LIST_OFFICES = Operation.publicRead("listOffices", SERVICE, BASE + "/offices");
  static final Operation GET_OFFICE = Operation.publicRead("getOffice", SERVICE, BASE + "/offices/{office_id}");
  /** Not a public read: remaining capacity changes too fast to cache. */
  static final Operation LIST_SLOTS = Operation.read("listSlots", SERVICE, BASE + "/slots").withoutCitizen();
  static final Operation LIST_BOOKING_TYPES =
      Operation.publicRead("listBookingTypes", SERVICE, BASE + "/booking-types");
  /** The initiator's signed declaration is a consent: the app's second signature, a platform-signed result. */
  static final Operation BOOK = Operation.payment("book", SERVICE, BASE + "/bookings");
  static final Operation LIST_BOOKINGS = Operation.read("listBookings", SERVICE, BASE + "/bookings");
  static final Operation GET_BOOKING = Operation.read("getBooking", SERVICE, BASE + "/bookings/{booking_id}");
  /** The partner's consent, signed like a payment. */
  static final Operation CONSENT = Operation.payment("consent", SERVICE, BASE + "/bookings/{booking_id}/consent");
  static final Operation DECLINE = Operation.create("decline", SERVICE, BASE + "/bookings/{booking_id}/decline");
  static final Operation CANCEL = Operation.create("cancel", SERVICE, BASE + "/bookings/{booking_id}/cancellation");
  static final Operation CHECK_IN = Operation.create("checkIn", SERVICE, BASE + "/bookings/{booking_id}/check-in");

  private MarriageOperations() {}
}
