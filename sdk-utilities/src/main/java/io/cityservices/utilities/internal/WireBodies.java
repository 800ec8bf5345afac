package io.cityservices.utilities.internal;

import io.cityservices.core.model.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON bodies the client sends, separate from the request records callers build. */
final class WireBodies {

  private WireBodies() {}

  /** {@code POST .../accounts}. */
  record BindAccount(@Nullable String companyCode, String accountNumber) {
    @Override
    public String toString() {
      return "BindAccount[companyCode=" + companyCode + ", accountNumber=***]";
    }
  }

  /** {@code POST .../payments}. */
  record PayBills(List<String> billIds, Money amount) {}

  /** {@code POST .../accounts/{id}/top-ups}. */
  record TopUp(Money amount) {}
}
