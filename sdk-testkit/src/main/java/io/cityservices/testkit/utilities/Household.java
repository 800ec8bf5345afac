package io.cityservices.testkit.utilities;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.PersonName;
import java.util.ArrayList;
import java.util.List;

/** An account as the company holds it: holder, address, prepaid balance and bills. Guarded by the state's lock. */
final class Household {
  final Company company;
  final String accountNumber;
  final String holderCitizenId;
  final PersonName holderName;
  final String address;
  long balanceFen;
  final List<BillRecord> bills = new ArrayList<>();

  Household(Company company, String accountNumber, String holderCitizenId, PersonName holderName, String address, long balanceFen) {
    this.company = company;
    this.accountNumber = accountNumber;
    this.holderCitizenId = holderCitizenId;
    this.holderName = holderName;
    this.address = address;
    this.balanceFen = balanceFen;
  }

  SeededAccount seeded() {
    return new SeededAccount(CityCode.of(company.city()), company.code(), SeededAccount.Type.valueOf(company.type()), accountNumber, holderCitizenId, company.prepaid());
  }
}
