package io.cityservices.socialinsurance;

import io.cityservices.core.error.ValidationException;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request for a proof of insurance (参保证明): a certificate, signed by the social insurance agency,
 * of the person's contributions in the given types over a period, used for purchase permits, school
 * places, residence points and visas.
 *
 * @param insuranceTypes the types to certify, as {@code AAE140} codes (at least one)
 * @param from the first month to certify, or null for the start of the record
 * @param to the last month to certify, or null for the latest posted month; a month not posted yet
 *     cannot be certified
 * @param purpose what the certificate is for, printed on it (at most 64 characters), or null
 */
public record CertificateRequest(
    @NotEmpty List<String> insuranceTypes,
    @Nullable YearMonth from,
    @Nullable YearMonth to,
    @Size(max = 64) @Nullable String purpose) {

  /**
   * Copies {@code insuranceTypes} (null reads as none, which fails validation) and checks the period.
   *
   * @param insuranceTypes the types to certify, as {@code AAE140} codes (at least one)
   * @param from the first month to certify, or null for the start of the record
   * @param to the last month to certify, or null for the latest posted month
   * @param purpose what the certificate is for (at most 64 characters), or null
   * @throws ValidationException naming {@code to} when it is before {@code from}
   */
  public CertificateRequest {
    insuranceTypes = insuranceTypes == null ? List.of() : List.copyOf(insuranceTypes);
    if (from != null && to != null && to.isBefore(from)) {
      throw ValidationException.of("to", "must not be before from");
    }
  }

  /**
   * Starts a request.
   *
   * @return a builder with no type, period or purpose
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificateRequest}; not thread-safe. */
  public static final class Builder {
    private final LinkedHashSet<InsuranceType> types = new LinkedHashSet<>();
    private @Nullable YearMonth from;
    private @Nullable YearMonth to;
    private @Nullable String purpose;

    private Builder() {}

    /**
     * Adds a type to certify.
     *
     * @param type a known insurance type; adding one twice certifies it once
     * @return this builder
     * @throws ValidationException naming {@code insurance_types} for {@link InsuranceType#UNKNOWN}
     */
    public Builder insuranceType(InsuranceType type) {
      if (type == null || type == InsuranceType.UNKNOWN) {
        throw ValidationException.of("insurance_types", "must be known insurance types");
      }
      types.add(type);
      return this;
    }

    /**
     * The first month to certify.
     *
     * @param from the month, or null (the default) for the start of the record
     * @return this builder
     */
    public Builder from(@Nullable YearMonth from) {
      this.from = from;
      return this;
    }

    /**
     * The last month to certify.
     *
     * @param to the month, or null (the default) for the latest posted month
     * @return this builder
     */
    public Builder to(@Nullable YearMonth to) {
      this.to = to;
      return this;
    }

    /**
     * What the certificate is for.
     *
     * @param purpose printed on the certificate, at most 64 characters; null (the default) for none
     * @return this builder
     */
    public Builder purpose(@Nullable String purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * Makes the request from the types, period and purpose set so far.
     *
     * @return the request, types in the order added
     * @throws ValidationException as the record's constructor does
     */
    public CertificateRequest build() {
      List<String> codes = new ArrayList<>();
      types.forEach(t -> codes.add(t.code()));
      return new CertificateRequest(codes, from, to, purpose);
    }
  }
}
