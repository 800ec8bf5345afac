package io.cityservices.marriage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;

/**
 * One party to a registration: their name and identity number (a resident identity card, or a Hong
 * Kong or Macao residence permit, which has the same format with area code {@code 810000} or
 * {@code 820000}). Personal data: {@link #toString()} masks both ({@code 王*}, {@code 310***********0021}).
 *
 * @param name the name as on the identity document
 * @param idNumber the identity number
 */
public record Party(PersonName name, ResidentIdNumber idNumber) {

  /**
   * A party.
   *
   * @param name the party's name as on their identity card
   * @param idNumber the resident identity number
   * @return the party
   */
  public static Party of(PersonName name, ResidentIdNumber idNumber) {
    return new Party(name, idNumber);
  }

  /**
   * Whether the party's identity number was issued to a Hong Kong or Macao resident, whose
   * registrations only designated offices handle.
   *
   * @return true when the party is a Hong Kong, Macao or Taiwan resident, by their identity number
   */
  @JsonIgnore
  public boolean isCrossBorder() {
    return idNumber != null && (idNumber.areaCode().startsWith("81") || idNumber.areaCode().startsWith("82"));
  }
}
