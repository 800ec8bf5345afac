package io.cityservices.health;

import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A family member to add as a patient. The citizen themself is always a patient already, so the
 * relationship may be neither {@link Relationship#SELF} nor {@link Relationship#UNKNOWN}: adding such a
 * patient is refused with a {@code ValidationException} naming {@code relationship}, and nothing is sent.
 * A component is null only in a patient built incompletely, which adding refuses the same way, naming
 * every missing one. Build one with {@link #builder()}; {@link #toString()} masks every personal
 * detail.
 *
 * @param name the family member's name
 * @param idNumber their resident identity number (validated by {@link ResidentIdNumber})
 * @param relationship how they are related to the citizen
 * @param phone their (or the citizen's) mobile number
 * @param visitCards cards they already hold, possibly empty
 */
public record NewPatient(
    @Nullable PersonName name,
    @Nullable ResidentIdNumber idNumber,
    @Nullable Relationship relationship,
    @Nullable PhoneNumber phone,
    @Size(max = 10) List<@Valid VisitCard> visitCards) {

  /**
   * Copies the visit cards; the other rules are checked when the patient is added.
   *
   * @param name the family member's name
   * @param idNumber their resident identity number
   * @param relationship how they are related to the citizen
   * @param phone their (or the citizen's) mobile number
   * @param visitCards cards they already hold; null is taken as none
   */
  public NewPatient {
    visitCards = visitCards == null ? List.of() : List.copyOf(visitCards);
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
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
    private @Nullable PersonName name;
    private @Nullable ResidentIdNumber idNumber;
    private @Nullable Relationship relationship;
    private @Nullable PhoneNumber phone;
    private final List<VisitCard> visitCards = new ArrayList<>();

    private Builder() {}

    /**
     * The name.
     *
     * @param name the family member's name
     * @return this builder
     */
    public Builder name(PersonName name) {
      this.name = name;
      return this;
    }

    /**
     * The resident identity number.
     *
     * @param idNumber the family member's resident identity number
     * @return this builder
     */
    public Builder idNumber(ResidentIdNumber idNumber) {
      this.idNumber = idNumber;
      return this;
    }

    /**
     * The relationship to the citizen.
     *
     * @param relationship how they are related to the citizen; neither SELF nor UNKNOWN
     * @return this builder
     */
    public Builder relationship(Relationship relationship) {
      this.relationship = relationship;
      return this;
    }

    /**
     * The mobile number.
     *
     * @param phone their mobile number, or the citizen's
     * @return this builder
     */
    public Builder phone(PhoneNumber phone) {
      this.phone = phone;
      return this;
    }

    /**
     * Adds a visit card.
     *
     * @param card a visit card they already hold; at most 10 in all
     * @return this builder
     */
    public Builder visitCard(VisitCard card) {
      visitCards.add(card);
      return this;
    }

    /**
     * Builds the request; its fields are checked when the patient is added.
     *
     * @return the new patient
     */
    public NewPatient build() {
      return new NewPatient(name, idNumber, relationship, phone, visitCards);
    }
  }
}
