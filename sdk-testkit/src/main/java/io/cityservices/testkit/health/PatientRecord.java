package io.cityservices.testkit.health;

import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import java.util.List;

/**
 * A patient (就诊人) of a citizen. The model types mask themselves, so {@link #toString()} shows no
 * personal data in clear.
 *
 * @param id the patient id
 * @param name the name
 * @param idNumber the resident identity number
 * @param relationship {@code SELF}, {@code SPOUSE}, {@code CHILD}, {@code PARENT} or {@code OTHER}
 * @param phone the mobile number
 * @param visitCards the cards
 */
public record PatientRecord(
    String id,
    PersonName name,
    ResidentIdNumber idNumber,
    String relationship,
    PhoneNumber phone,
    List<VisitCardRecord> visitCards) {}
