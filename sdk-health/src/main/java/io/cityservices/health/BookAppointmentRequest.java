package io.cityservices.health;

import io.cityservices.core.model.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Books a slot for a patient. The citizen is shown the slot's fee before booking and the request
 * carries it as {@code expectedFee}: when the fee has changed since, the platform refuses with
 * {@link FeeChangedException} and charges nothing.
 *
 * @param slotId the slot to book
 * @param patientId the patient it is for (the citizen or a family member)
 * @param expectedFee the fee the citizen agreed to pay, as shown on the slot; a negative fee is refused
 *     when the request is sent, with a {@code ValidationException} naming {@code expectedFee}
 */
public record BookAppointmentRequest(
    @NotBlank String slotId, @NotBlank String patientId, @NotNull Money expectedFee) {

  /**
   * Books {@code slot} for the patient at the fee the slot shows.
   *
   * @param slot a slot read from the slots API; its id and fee are used
   * @param patientId the patient the appointment is for: the citizen or one of their family members
   * @return the request, at the fee the slot shows
   */
  public static BookAppointmentRequest of(Slot slot, String patientId) {
    return new BookAppointmentRequest(slot.id(), patientId, slot.fee());
  }
}
