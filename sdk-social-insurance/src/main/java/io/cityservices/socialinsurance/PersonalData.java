package io.cityservices.socialinsurance;

import io.cityservices.core.model.Money;

/** How the records of this package show wages, bases and balances in {@code toString()}: never in clear. */
final class PersonalData {
  private PersonalData() {}

  static String money(Money money) {
    return money == null ? "null" : "***" + money.currency().getCurrencyCode();
  }
}
