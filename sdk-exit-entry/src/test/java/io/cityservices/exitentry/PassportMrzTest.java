package io.cityservices.exitentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ICAO Doc 9303 part 4 (TD3), checked against ICAO's own published specimen (Utopia, Anna Maria Eriksson). */
class PassportMrzTest {
  static final String LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  static final String LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  @Test
  void parsesIcaosSpecimen() {
    PassportMrz mrz = PassportMrz.parse(LINE1 + "\n" + LINE2 + "\n");
    assertThat(mrz.documentCode()).isEqualTo("P");
    assertThat(mrz.issuingState()).isEqualTo("UTO");
    assertThat(mrz.surname()).isEqualTo("ERIKSSON");
    assertThat(mrz.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
    assertThat(mrz.nationality()).isEqualTo("UTO");
    assertThat(mrz.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(mrz.sex()).isEqualTo(Sex.FEMALE);
    assertThat(mrz.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(mrz.personalNumber()).isEqualTo("ZE184226B");
  }

  @Test
  void checkDigitsFollowTheSevenThreeOneWeights() {
    assertThat(PassportMrz.checkDigit("L898902C3")).isEqualTo(6);
    assertThat(PassportMrz.checkDigit("740812")).isEqualTo(2);
    assertThat(PassportMrz.checkDigit("120415")).isEqualTo(9);
    assertThat(PassportMrz.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
    assertThat(PassportMrz.checkDigit("<<<<")).isZero();
    assertThatThrownBy(() -> PassportMrz.checkDigit("a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWrongDocumentNumberDigitIsNamedWithTheDigits() {
    String wrong = "L898902C37" + LINE2.substring(10);
    assertThatThrownBy(() -> PassportMrz.parse(LINE1, wrong)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).containsExactly(
            new FieldViolation("mrz.document_number", "check digit is 7, computed 6"),
            new FieldViolation("mrz.composite", "check digit is 0, computed 7")));
  }

  @Test
  void aMisreadDateIsCaughtByItsCheckDigitAndTheComposite() {
    String misread = LINE2.substring(0, 13) + "740813" + LINE2.substring(19);
    assertThatThrownBy(() -> PassportMrz.parse(LINE1, misread)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
            .containsExactly("mrz.birth_date", "mrz.composite"));
  }

  @Test
  void shapeErrorsAreExact() {
    assertThatThrownBy(() -> PassportMrz.parse(LINE1.substring(1), LINE2)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .containsExactly(new FieldViolation("mrz.line1", "must be 44 characters, got 43")));
    assertThatThrownBy(() -> PassportMrz.parse(LINE1, LINE2.toLowerCase())).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .containsExactly(new FieldViolation("mrz.line2", "must hold only A-Z, 0-9 and <, not at position 1")));
    assertThatThrownBy(() -> PassportMrz.parse(LINE1)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .containsExactly(new FieldViolation("mrz", "must be two lines, got 1")));
    assertThatThrownBy(() -> PassportMrz.parse("I" + LINE1.substring(1), LINE2)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .containsExactly(new FieldViolation("mrz.document_code", "must start with P (a passport)")));
  }

  @Test
  void anImpossibleDateAndSexAreRefused() {
    String line2 = LINE2.substring(0, 13) + "741332" + LINE2.substring(19, 20) + "Q" + LINE2.substring(21);
    assertThatThrownBy(() -> PassportMrz.parse(LINE1, line2)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
            .contains("mrz.birth_date", "mrz.sex"));
  }

  @Test
  void toStringHidesTheHolder() {
    String shown = PassportMrz.parse(LINE1, LINE2).toString();
    assertThat(shown).contains("UTO", "L******C3").doesNotContain("ERIKSSON", "ANNA", "L898902C3", "ZE184226B", "1974");
  }
}
