package io.cityservices.testkit.library;

import io.cityservices.core.model.CityCode;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Test hooks into the simulated library platform, reached through
 * {@code sandbox.data(LibrarySandbox.class)}: the seeded loans and holds by kind, and the library's side
 * of things (setting a copy aside, a copy arriving, a reader collecting it, blocking a card, charging a
 * fine). Time-driven transitions (overdue loans, expired hold shelves) follow the sandbox clock.
 */
public final class LibrarySandbox {

  /**
   * The loans every seeded card holder has, by the renewal answer each gets while the card is active and
   * under the fines limit: {@code renewable}, {@code too_soon}, {@code too_many}, {@code on_hold},
   * {@code overdue}, {@code item_denied_renewal}.
   */
  public static final List<String> LOAN_KINDS = Seeder.LOAN_KINDS;

  private final LibrarySandboxModule module;

  LibrarySandbox(LibrarySandboxModule module) {
    this.module = module;
  }

  /**
   * The id of a seeded card holder's loan of one kind (see {@link #LOAN_KINDS}).
   *
   * @param citizenId a seeded card holder's id
   * @param kind one of {@link #LOAN_KINDS}
   * @return the loan's id
   * @throws NoSuchElementException if the citizen has no seeded card or the kind is unknown
   */
  public String loanId(String citizenId, String kind) {
    return Optional.ofNullable(module.seeded().loansByKind().get(citizenId)).map(m -> m.get(kind))
        .orElseThrow(() -> new NoSuchElementException("no seeded " + kind + " loan for " + citizenId));
  }

  /**
   * The id of a seeded card holder's hold: {@code OPEN_AWAITING_PICKUP}, {@code OPEN_NOT_YET_FILLED} or
   * {@code CLOSED_FILLED}.
   *
   * @param citizenId a seeded card holder's id
   * @param status one of the three statuses above
   * @return the hold's id
   * @throws NoSuchElementException if there is none
   */
  public String holdId(String citizenId, String status) {
    return Optional.ofNullable(module.seeded().holdsByStatus().get(citizenId)).map(m -> m.get(status))
        .orElseThrow(() -> new NoSuchElementException("no seeded " + status + " hold for " + citizenId));
  }

  /**
   * Whether a seeded citizen without a card would be found eligible for a credit-based card.
   *
   * @param citizenId a seeded citizen's id
   * @return the answer, or empty when the citizen has a card or is not in a library city
   */
  public Optional<Boolean> creditEligible(String citizenId) {
    return Optional.ofNullable(module.seeded().creditEligible().get(citizenId));
  }

  /**
   * The citizens of {@code city} seeded without a card, with whether each is credit-eligible.
   *
   * @param city any city
   * @return citizen id to credit eligibility, empty for a city without the service
   */
  public Map<String, Boolean> citizensWithoutCard(CityCode city) {
    return module.seeded().creditEligible().entrySet().stream()
        .filter(e -> e.getKey().startsWith("c-" + city.value() + "-"))
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
            java.util.TreeMap::new));
  }

  /**
   * A hold's status now, of any citizen.
   *
   * @param holdId any hold id
   * @return the status, or empty for an unknown hold
   */
  public Optional<String> holdStatus(String holdId) {
    return module.state().holdStatus(holdId);
  }

  /**
   * The library sets a copy aside for a hold not yet filled: it goes to the hold shelf (publishing
   * {@code library.hold.ready_for_pickup}) when it is at the pickup library, otherwise in transit.
   *
   * @param holdId an open hold not yet filled
   * @return the hold's new status
   * @throws IllegalStateException if the hold is not an active one not yet filled, or no copy is on the shelf
   */
  public String fillHold(String holdId) {
    return module.state().fill(holdId).status();
  }

  /**
   * A copy in transit reaches the pickup library: the hold awaits pickup and the reader is told.
   *
   * @param holdId a hold whose copy is in transit
   * @throws IllegalStateException if the hold's copy is not in transit
   */
  public void arrive(String holdId) {
    module.state().arrive(holdId);
  }

  /**
   * The reader collects the copy: the hold is filled; answers the new loan's id.
   *
   * @param holdId a hold awaiting pickup
   * @return the new loan's id
   * @throws IllegalStateException if the hold is not awaiting pickup
   */
  public String checkOut(String holdId) {
    return module.state().checkOut(holdId);
  }

  /**
   * No copy can be supplied: the hold closes unfilled.
   *
   * @param holdId an open hold
   * @throws IllegalStateException if the hold is already closed
   */
  public void markUnfilled(String holdId) {
    module.state().markUnfilled(holdId);
  }

  /**
   * Blocks a card ({@code OVERDUE_ITEMS}, {@code FINES_OWED}, {@code CARD_REPORTED_LOST}, {@code MANUAL}).
   *
   * @param city the card's city
   * @param citizenId the card holder's id
   * @param reason one of the four block reasons
   */
  public void blockCard(CityCode city, String citizenId, String reason) {
    module.state().block(city.value(), citizenId, "BLOCKED", reason);
  }

  /**
   * Charges an overdue fine of {@code fen}.
   *
   * @param city the card's city
   * @param citizenId the card holder's id
   * @param fen the fine in fen (1/100 yuan), positive
   */
  public void chargeFine(CityCode city, String citizenId, long fen) {
    module.state().addCharge(city.value(), citizenId, "OVERDUE_FINE", fen, null, "OUTSTANDING");
  }

  /** Runs the time-driven transitions now, publishing their events (they also run before every request). */
  public void settle() {
    module.state().settle();
  }
}
