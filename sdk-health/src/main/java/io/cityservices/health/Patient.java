package io.cityservices.health;

import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import java.util.List;

/**
 * A person the citizen books for (就诊人): the citizen themself ({@link Relationship#SELF}) or a family
 * member they manage. Health data is sensitive personal information: {@link #toString()} masks the
 * name, identity number, phone and card numbers.
 *
 * @param id the platform's patient id
 * @param name the patient's name
 * @param idNumber the patient's resident identity number
 * @param relationship how the patient is related to the citizen
 * @param phone the patient's (or guardian's) mobile number
 * @param visitCards the cards the patient has registered, possibly empty
 */
public record Patient(
    String id,
    PersonName name,
    ResidentIdNumber idNumber,
    Relationship relationship,
    PhoneNumber phone,
    List<VisitCard> visitCards) {

  /**
   * Copies {@code visitCards}, taking null (a member the platform left out) as empty.
   *
   * @param id the platform's patient id
   * @param name the patient's name
   * @param idNumber the patient's resident identity number
   * @param relationship how the patient is related to the citizen
   * @param phone the patient's (or guardian's) mobile number
   * @param visitCards the cards the patient has registered, possibly empty; null is taken as empty
   */
  public Patient {
    visitCards = visitCards == null ? List.of() : List.copyOf(visitCards);
  }

  /**
   * Whether this is the citizen themself.
   *
   * @return true for the citizen themself, false for a family member
   */
  public boolean isSelf() {
    return relationship == Relationship.SELF;
  }

  @Override
  public String toString() {
    return "Patient[id=" + id + ", name=" + name + ", idNumber=" + idNumber + ", relationship="
        + relationship + ", phone=" + phone + ", visitCards=" + visitCards + "]";
  }
}
