package io.cityservices.marriage;

import java.util.List;

/**
 * A booking type as the platform offers it, with the documents to bring, for the app to show before
 * booking.
 *
 * @param type the type
 * @param name its name, e.g. {@code 结婚登记}
 * @param bothPartiesAppear whether both parties must appear in person
 * @param requiredDocuments what to bring, in the office's order
 */
public record BookingTypeDetails(
    BookingType type, String name, boolean bothPartiesAppear, List<RequiredDocument> requiredDocuments) {

  /**
   * Copies {@code requiredDocuments}, taking null (a member the platform left out) as empty.
   *
   * @param type the type
   * @param name its name, e.g. {@code 结婚登记}
   * @param bothPartiesAppear whether both parties must appear in person
   * @param requiredDocuments what to bring, in the office's order; null is taken as empty
   */
  public BookingTypeDetails {
    requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
  }
}
