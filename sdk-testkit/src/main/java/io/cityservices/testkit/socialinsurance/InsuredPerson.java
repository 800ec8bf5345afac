package io.cityservices.testkit.socialinsurance;

import io.cityservices.core.model.Money;
import io.cityservices.testkit.Citizen;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One citizen's insurance record as the agency keeps it. What depends on time (which contributions
 * are paid and posted, which pensions are paid, whether a yearly contribution is overdue) is worked
 * out from the sandbox clock at each read. Guarded by the state's lock.
 */
final class InsuredPerson {
  /** Personal pension and resident pension accounts earn interest; the sandbox uses a flat 3 % a year. */
  private static final long INTEREST_PER_MILLE = 30;

  /**
   * One month's contribution in one type.
   *
   * @param accountCredit what goes into the personal account (fen), which is not always the personal part
   * @param monthsCovered the contribution months it counts for: 1, or 12 for a resident's yearly payment
   */
  record Entry(YearMonth month, String type, Money base, Money employer, Money personal, long accountCredit,
      int monthsCovered, LocalDate paidOn, LocalDate postedOn) {}

  /** An enrolment with its changing status. */
  static final class EnrolmentState {
    final String type;
    final LocalDate firstInsuredOn;
    final Views.Employer employer;
    final boolean flexible;
    String status = "INSURED";
    LocalDate statusSince;

    EnrolmentState(String type, LocalDate firstInsuredOn, Views.Employer employer, boolean flexible) {
      this.type = type;
      this.firstInsuredOn = firstInsuredOn;
      this.employer = employer;
      this.flexible = flexible;
      this.statusSince = firstInsuredOn;
    }
  }

  /** A resident's yearly contribution with its changing status. */
  static final class Voluntary {
    final String id;
    final int year;
    final String type;
    Money amount;
    final LocalDate dueOn;
    OffsetDateTime paidAt;
    String paymentId;

    Voluntary(String id, int year, String type, Money amount, LocalDate dueOn) {
      this.id = id;
      this.year = year;
      this.type = type;
      this.amount = amount;
      this.dueOn = dueOn;
    }

    String status(LocalDate today) {
      if (paidAt != null) {
        return "PAID";
      }
      return today.isAfter(dueOn) ? "OVERDUE" : "DUE";
    }

    Views.VoluntaryContribution view(LocalDate today) {
      return new Views.VoluntaryContribution(id, year, type, amount, dueOn, status(today), paidAt, paymentId);
    }
  }

  final Citizen citizen;
  final Profile profile;
  final String poolingArea;
  final Map<String, EnrolmentState> enrolments = new LinkedHashMap<>();
  final List<Entry> contributions = new ArrayList<>();
  final List<Views.PensionPayment> pensions = new ArrayList<>();
  final List<Voluntary> voluntary = new ArrayList<>();
  /** Months contributed and account balance (fen) per account type before the seeded window. */
  final Map<String, long[]> accountBaseline = new LinkedHashMap<>();
  String medicalPersonType;
  /** A medical account balance fixed by the seed (retirees), or null to derive it from contributions. */
  Long fixedMedicalBalance;
  boolean identityVerified = true;
  /** The contributions whose posting has already been announced with an event. */
  final Set<Entry> announcedPostings = new HashSet<>();

  InsuredPerson(Citizen citizen, Profile profile, String poolingArea) {
    this.citizen = citizen;
    this.profile = profile;
    this.poolingArea = poolingArea;
  }

  boolean insured() {
    return !enrolments.isEmpty();
  }

  List<Views.Enrolment> enrolmentViews() {
    return enrolments.values().stream()
        .map(e -> new Views.Enrolment(e.type, e.status, e.firstInsuredOn, e.employer, e.flexible, poolingArea,
            e.statusSince))
        .toList();
  }

  /** The contributions paid by {@code today}, oldest month first, with their posting status then. */
  List<Views.Contribution> contributionViews(LocalDate today) {
    return contributions.stream()
        .filter(c -> !c.paidOn().isAfter(today))
        .sorted(Comparator.comparing(Entry::month).thenComparing(Entry::type))
        .map(c -> new Views.Contribution(c.month(), c.type(), c.base(), c.employer(), c.personal(),
            c.postedOn().isAfter(today) ? "NOT_POSTED" : "POSTED", c.paidOn()))
        .toList();
  }

  /** The latest month whose every paid contribution is posted by {@code today}, if any. */
  Optional<YearMonth> latestPostedMonth(LocalDate today) {
    return contributions.stream()
        .filter(c -> !c.paidOn().isAfter(today) && !c.postedOn().isAfter(today))
        .map(Entry::month)
        .max(Comparator.naturalOrder());
  }

  /** Whether any contribution paid by {@code today} for a month in the period is not posted yet. */
  boolean hasUnposted(YearMonth from, YearMonth to, LocalDate today) {
    return contributions.stream().anyMatch(c -> !c.paidOn().isAfter(today) && c.postedOn().isAfter(today)
        && !c.month().isBefore(from) && !c.month().isAfter(to));
  }

  /** The personal accounts, one per account type and year from the seeded window's first year to now. */
  List<Views.PersonalAccount> accounts(LocalDate today) {
    List<Views.PersonalAccount> accounts = new ArrayList<>();
    for (Map.Entry<String, long[]> baseline : accountBaseline.entrySet()) {
      String type = baseline.getKey();
      List<Entry> posted = contributions.stream()
          .filter(c -> c.type().equals(type) && !c.postedOn().isAfter(today)).toList();
      int firstYear = posted.stream().map(c -> c.month().getYear()).min(Integer::compare).orElse(today.getYear());
      long cumulative = baseline.getValue()[0];
      long balance = baseline.getValue()[1];
      for (int year = firstYear; year <= today.getYear(); year++) {
        int y = year;
        List<Entry> inYear = posted.stream().filter(c -> c.month().getYear() == y).toList();
        if (year > firstYear) {
          balance += balance * INTEREST_PER_MILLE / 1000;
        }
        balance += inYear.stream().mapToLong(Entry::accountCredit).sum();
        int months = Math.min(12, inYear.stream().mapToInt(Entry::monthsCovered).sum());
        cumulative += months;
        long shown = fixedMedicalBalance != null && type.equals("310") ? fixedMedicalBalance : balance;
        accounts.add(new Views.PersonalAccount(type, year, months, (int) cumulative, Money.cny(shown)));
      }
    }
    return accounts;
  }

  /** The pension payments made by {@code today}, newest month first. */
  List<Views.PensionPayment> pensionsPaid(LocalDate today) {
    return pensions.stream().filter(p -> !p.paidOn().isAfter(today))
        .sorted(Comparator.comparing(Views.PensionPayment::month).reversed()).toList();
  }

  Optional<EnrolmentState> medicalEnrolment() {
    return Optional.ofNullable(enrolments.getOrDefault("310", enrolments.get("390")));
  }

  /** The medical account balance now: fixed for retirees, else the 310 account's latest balance. */
  Money medicalBalance(LocalDate today) {
    if (fixedMedicalBalance != null) {
      return Money.cny(fixedMedicalBalance);
    }
    return accounts(today).stream().filter(a -> a.insuranceType().equals("310"))
        .reduce((a, b) -> b).map(Views.PersonalAccount::balance).orElse(Money.cny(0));
  }

  Optional<Voluntary> voluntary(String id) {
    return voluntary.stream().filter(v -> v.id.equals(id)).findFirst();
  }
}
