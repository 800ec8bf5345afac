package io.cityservices.exitentry;

import java.util.List;

/**
 * An exit-entry office of the city (出入境接待大厅): public reference data. Since 2019 any office
 * accepts applications from residents of anywhere in the country.
 *
 * @param id the platform's office id
 * @param name the office's name
 * @param district the GB/T 2260 code of its district
 * @param address its street address (an office's, not a person's)
 * @param phone its public telephone number
 * @param openingHours its opening hours as the office words them
 * @param documentTypes the documents it accepts applications for
 */
public record Office(
    String id,
    String name,
    String district,
    String address,
    String phone,
    String openingHours,
    List<DocumentType> documentTypes) {
  /**
   * Copies {@code documentTypes}, taking null (a member the platform left out) as empty.
   *
   * @param id the platform's office id
   * @param name the office's name
   * @param district the GB/T 2260 code of its district
   * @param address its street address (an office's, not a person's)
   * @param phone its public telephone number
   * @param openingHours its opening hours as the office words them
   * @param documentTypes the documents it accepts applications for; null is taken as empty
   */
  public Office {
    documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
  }

  /**
   * Whether the office accepts applications for {@code type}.
   *
   * @param type the document to look up
   * @return true when the office accepts applications for that document
   */
  public boolean handles(DocumentType type) {
    return documentTypes.contains(type);
  }
}
