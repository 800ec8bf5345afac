package io.cityservices.marriage;

/**
 * A document to bring to the registration office.
 *
 * @param code a stable code, e.g. {@code RESIDENT_ID_CARD}
 * @param name what the office calls it, e.g. {@code 本人的居民身份证}
 * @param eachParty whether each party brings one (true) or the couple brings one together (false)
 */
public record RequiredDocument(String code, String name, boolean eachParty) {}
