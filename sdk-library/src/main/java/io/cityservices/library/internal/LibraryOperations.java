package io.cityservices.library.internal;

import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.pagination.Page;
import io.cityservices.library.CatalogueRecord;
import io.cityservices.library.Charge;
import io.cityservices.library.ChargePayment;
import io.cityservices.library.Hold;
import io.cityservices.library.Item;
import io.cityservices.library.Library;
import io.cityservices.library.Loan;
import io.cityservices.library.ReaderAccount;
import io.cityservices.library.ReaderCard;
import io.cityservices.library.Renewability;
import io.cityservices.library.RenewalResult;

/** Every operation of the library service, and the response types they answer with, declared once. */
final class LibraryOperations {

  private static final String SERVICE = "library";
  private static final String BASE = "/v1/cities/{city}/library";

  static final Operation LIST_LIBRARIES = Operation.publicRead("listLibraries", SERVICE, BASE + "/libraries");
  static final Operation GET_LIBRARY = Operation.publicRead("getLibrary", SERVICE, BASE + "/libraries/{library_id}");
  static final Operation SEARCH_CATALOGUE = Operation.publicRead("listCatalogue", SERVICE, BASE + "/catalogue");
  static final Operation GET_RECORD = Operation.publicRead("getRecord", SERVICE, BASE + "/catalogue/{record_id}");
  /** Availability changes by the minute: read fresh, not from the reference-data cache. */
  static final Operation LIST_ITEMS =
      Operation.read("listItems", SERVICE, BASE + "/catalogue/{record_id}/items").withoutCitizen();
  /** A deposit moves money and a credit-based card gives consent to a credit check: both signed twice. */
  static final Operation APPLY_CARD = Operation.payment("applyForCard", SERVICE, BASE + "/card");
  static final Operation GET_CARD = Operation.read("getCard", SERVICE, BASE + "/card");
  static final Operation GET_ACCOUNT = Operation.read("getAccount", SERVICE, BASE + "/account");
  static final Operation LIST_LOANS = Operation.read("listLoans", SERVICE, BASE + "/loans");
  static final Operation GET_RENEWABILITY =
      Operation.read("getRenewability", SERVICE, BASE + "/loans/{loan_id}/renewability");
  /** Keyed, so a retried renewal is answered with the first one rather than spending another. */
  static final Operation RENEW_LOAN = Operation.create("renewLoan", SERVICE, BASE + "/loans/{loan_id}/renewal");
  static final Operation RENEW_ALL = Operation.create("renewAllLoans", SERVICE, BASE + "/loans/renewals");
  static final Operation LIST_HOLDS = Operation.read("listHolds", SERVICE, BASE + "/holds");
  static final Operation PLACE_HOLD = Operation.create("placeHold", SERVICE, BASE + "/holds");
  static final Operation CANCEL_HOLD =
      Operation.create("cancelHold", SERVICE, BASE + "/holds/{hold_id}/cancellation");
  static final Operation SUSPEND_HOLD =
      Operation.idempotentWrite("suspendHold", SERVICE, "PUT", BASE + "/holds/{hold_id}/suspension");
  static final Operation RESUME_HOLD =
      Operation.idempotentWrite("resumeHold", SERVICE, "DELETE", BASE + "/holds/{hold_id}/suspension");
  static final Operation LIST_CHARGES = Operation.read("listCharges", SERVICE, BASE + "/charges");
  static final Operation PAY_CHARGES = Operation.payment("payCharges", SERVICE, BASE + "/charges/payments");

  static final ResponseType<Page<Library>> LIBRARIES = ResponseType.pageOf(Library.class);
  static final ResponseType<Library> LIBRARY = ResponseType.of(Library.class);
  static final ResponseType<Page<CatalogueRecord>> RECORDS = ResponseType.pageOf(CatalogueRecord.class);
  static final ResponseType<CatalogueRecord> RECORD = ResponseType.of(CatalogueRecord.class);
  static final ResponseType<Page<Item>> ITEMS = ResponseType.pageOf(Item.class);
  static final ResponseType<ReaderCard> CARD = ResponseType.of(ReaderCard.class);
  static final ResponseType<ReaderAccount> ACCOUNT = ResponseType.of(ReaderAccount.class);
  static final ResponseType<Page<Loan>> LOANS = ResponseType.pageOf(Loan.class);
  static final ResponseType<Loan> LOAN = ResponseType.of(Loan.class);
  static final ResponseType<Renewability> RENEWABILITY = ResponseType.of(Renewability.class);
  static final ResponseType<Page<RenewalResult>> RENEWAL_RESULTS = ResponseType.pageOf(RenewalResult.class);
  static final ResponseType<Page<Hold>> HOLDS = ResponseType.pageOf(Hold.class);
  static final ResponseType<Hold> HOLD = ResponseType.of(Hold.class);
  static final ResponseType<Page<Charge>> CHARGES = ResponseType.pageOf(Charge.class);
  static final ResponseType<ChargePayment> CHARGE_PAYMENT = ResponseType.of(ChargePayment.class);

  private LibraryOperations() {}
}
