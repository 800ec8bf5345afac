package io.cityservices.marriage;

import io.cityservices.core.model.ResidentIdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid identity numbers for tests, completed with the one check character the data model accepts. */
public final class IdNumbers {
  private IdNumbers() {}

  /** The number of a person born in {@code area} on {@code birth}; an odd last sequence digit is a man. */
  public static ResidentIdNumber of(String area, LocalDate birth, String sequence) {
    String first17 = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
    for (char c : "0123456789X".toCharArray()) {
      try {
        return ResidentIdNumber.of(first17 + c);
      } catch (IllegalArgumentException wrongCheck) {
        // exactly one of the eleven candidates is valid
      }
    }
    throw new IllegalStateException("no check character fits");
  }
}
