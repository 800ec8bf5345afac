package io.cityservices.library;

/**
 * A bibliographic record of the city's union catalogue: public reference data.
 *
 * @param id the platform's id of the record
 * @param title the title
 * @param author the author(s), as catalogued
 * @param isbn the ISBN, or null for a work without one
 * @param publisher the publisher
 * @param year the year of publication, or null
 * @param callNumber the classification call number (中图法), e.g. {@code I247.5/Y96}
 * @param language the ISO 639 language code, e.g. {@code zh}
 * @param availableCopies copies on the shelf now, across the city's libraries
 * @param totalCopies copies held across the city's libraries
 */
public record CatalogueRecord(
    String id,
    String title,
    String author,
    Isbn isbn,
    String publisher,
    Integer year,
    String callNumber,
    String language,
    int availableCopies,
    int totalCopies) {}
