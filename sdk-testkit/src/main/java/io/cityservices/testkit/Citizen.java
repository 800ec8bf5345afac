package io.cityservices.testkit;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;

/**
 * A seeded resident. The model types mask themselves, so {@link #toString()} never shows the identity
 * number, name or phone in clear.
 *
 * @param id the platform's stable citizen id, e.g. {@code c-310000-001}
 * @param city the city the citizen is registered in
 * @param idNumber a valid GB 11643 identity number issued in that city
 * @param name the citizen's name
 * @param phone a mainland mobile number
 */
public record Citizen(String id, CityCode city, ResidentIdNumber idNumber, PersonName name, PhoneNumber phone) {}
