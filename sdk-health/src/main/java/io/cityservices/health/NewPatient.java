package io.cityservices.health;

import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A family member to add as a patient. The citizen themself is always a patient already, so the
 * relationship may be neither {@link Relationship#SELF} nor {@link Relationship#UNKNOWN}. Build one
 * with {@link #builder()}; {@link #toString()} masks every personal detail.
 *
 * @param name the family member's name
 * @param idNumber their resident identity number (validated by {@link ResidentIdNumber})
 * @param relationship how they are related to the citizen
 * @param phone their (or the citizen's) mobile number
 * @param visitCards cards they already hold, possibly empty
 */
public record NewPatient(
    @NotNull PersonName name,
    @NotNull ResidentIdNumber idNumber,
    @NotNull Relationship relationship,
    @NotNull PhoneNumber phone,
    @Size(max = 10) List<@Valid VisitCard> visitCards) {

  /**
   * Checks the relationship.
   *
   * @throws ValidationException naming {@code relationship} when it is SELF or UNKNOWN
   */
  public NewPatient {
    if (relationship == Relationship.SELF || relationship == Relationship.UNKNOWN) {
      throw ValidationException.of("relationship", "must name a family relationship, not " + relationship);
    }
    visitCards = visitCards == null ? List.of() : List.copyOf(visitCards);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "NewPatient[name=" + name + ", idNumber=" + idNumber + ", relationship=" + relationship
        + ", phone=" + phone + ", visitCards=" + visitCards + "]";
  }

  /** Builds a {@link NewPatient}. */
  public static final class Builder {
    private PersonName name;
    private ResidentIdNumber idNumber;
    private Relationship relationship;
    private PhoneNumber phone;
    private final List<VisitCard> visitCards = new ArrayList<>();

    private Builder() {}

    /** The name. */
    public Builder name(PersonName name) {
      this.name = name;
      return this;
    }

    /** The resident identity number. */
    public Builder idNumber(ResidentIdNumber idNumber) {
      this.idNumber = idNumber;
      return this;
    }

    /** The relationship to the citizen. */
    public Builder relationship(Relationship relationship) {
      this.relationship = relationship;
      return this;
    }

    /** The mobile number. */
    public Builder phone(PhoneNumber phone) {
      this.phone = phone;
      return this;
    }

    /** Adds a visit card. */
    public Builder visitCard(VisitCard card) {
      visitCards.add(card);
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws ValidationException when the relationship is SELF or UNKNOWN
     */
    public NewPatient build() {
      return new NewPatient(name, idNumber, relationship, phone, visitCards);
    }
  }
}
