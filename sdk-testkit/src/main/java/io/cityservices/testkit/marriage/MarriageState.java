package io.cityservices.testkit.marriage;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.model.Sex;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.SandboxProblem;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changing part of the marriage platform: slot capacity, bookings and the marital registry. Every
 * method holds the one lock and first moves bookings along the clock (pending ones expire when their
 * consent is due, confirmed ones become no-shows when their slot has ended), so capacity stays exact
 * and state follows the sandbox clock.
 */
final class MarriageState {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The partner has this long to consent, but no later than the start of the booked day. */
  static final Duration CONSENT_WINDOW = Duration.ofDays(2);
  static final Duration SLOT_LENGTH = Duration.ofHours(1);
  static final Set<String> OPEN = Set.of("PENDING_PARTNER_CONSENT", "CONFIRMED", "CHECKED_IN");
  static final int MAX_RANGE_DAYS = 31;

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

  /** Publishes a booking event; called under the lock, in the order things happened. */
  interface Publisher {
    void publish(String eventType, BookingState booking);
  }

  /** A slot identified by its id: an office, a day and a session. */
  record SlotKey(OfficeRecord office, LocalDate date, LocalTime time) {
    String id() {
      return office.id() + "-" + date.format(DAY) + "-" + time.format(TIME);
    }

    OffsetDateTime start() {
      return date.atTime(time).atZone(ZONE).toOffsetDateTime();
    }

    OffsetDateTime end() {
      return start().plus(SLOT_LENGTH);
    }
  }

  private final MarriageCatalog catalog;
  private final Clock clock;
  private final long capacitySeed;
  private final MaritalRegistry registry;
  private final Publisher publisher;
  private final Map<String, BookingState> bookings = new LinkedHashMap<>();
  private final Map<String, Integer> blocked = new HashMap<>();
  private long sequence;

  MarriageState(MarriageCatalog catalog, Clock clock, long capacitySeed, MaritalRegistry registry, Publisher publisher) {
    this.catalog = catalog;
    this.clock = clock;
    this.capacitySeed = capacitySeed;
    this.registry = registry;
    this.publisher = publisher;
  }

  private ZonedDateTime now() {
    return ZonedDateTime.now(clock.withZone(ZONE));
  }

  // ---- slots

  /** Between 6 and 12 couples per slot, fixed by the seed and the slot's id. */
  private int capacity(String slotId) {
    long h = capacitySeed ^ slotId.hashCode();
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    return 6 + (int) Math.floorMod(h ^ (h >>> 33), 7L);
  }

  private int remaining(String slotId) {
    long held = bookings.values().stream().filter(b -> b.slotId.equals(slotId) && b.isOpen()).count();
    return (int) Math.max(0, capacity(slotId) - blocked.getOrDefault(slotId, 0) - held);
  }

  private SlotView view(SlotKey key, LocalDate today) {
    int remaining = remaining(key.id());
    String status = !key.date().isAfter(today) ? "CLOSED" : remaining == 0 ? "FULL" : "OPEN";
    return new SlotView(key.id(), key.office().id(), key.date(), key.start(), key.end(), capacity(key.id()), remaining,
        status);
  }

  private LocalDate lastReleased(String city) {
    return catalog.release(city).orElseThrow().lastReleasedDay(now().toLocalDateTime());
  }

  synchronized List<SlotView> slots(String city, OfficeRecord office, LocalDate from, LocalDate to) {
    sweep();
    LocalDate today = now().toLocalDate();
    LocalDate first = from == null ? today.plusDays(1) : from;
    LocalDate last = to == null ? lastReleased(city) : to;
    if (last.isBefore(first)) {
      throw SandboxProblem.validation("to", "must not be before from");
    }
    if (!first.plusDays(MAX_RANGE_DAYS).isAfter(last)) {
      throw SandboxProblem.validation("to", "the range may cover at most " + MAX_RANGE_DAYS + " days");
    }
    LocalDate releasedUntil = lastReleased(city);
    List<SlotView> found = new ArrayList<>();
    for (LocalDate d = first.isBefore(today) ? today : first; !d.isAfter(last) && !d.isAfter(releasedUntil);
        d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        for (LocalTime t : MarriageCatalog.SESSION_STARTS) {
          found.add(view(new SlotKey(office, d, t), today));
        }
      }
    }
    return found;
  }

  private static boolean isWorkingDay(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The slot an id names in {@code city}, whether or not it is bookable now. */
  private Optional<SlotKey> slot(String city, String slotId) {
    int timeDash = slotId.lastIndexOf('-');
    int dayDash = timeDash <= 0 ? -1 : slotId.lastIndexOf('-', timeDash - 1);
    if (dayDash <= 0) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(slotId.substring(dayDash + 1, timeDash), DAY);
      LocalTime time = LocalTime.parse(slotId.substring(timeDash + 1), TIME);
      if (!MarriageCatalog.SESSION_STARTS.contains(time) || !isWorkingDay(date)) {
        return Optional.empty();
      }
      return catalog.office(city, slotId.substring(0, dayDash)).map(o -> new SlotKey(o, date, time));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  // ---- bookings

  /**
   * What the initiator asked for, already checked for form.
   *
   * @param type MARRIAGE, DIVORCE or CERTIFICATE_REISSUE
   * @param slotId the slot
   * @param initiatorId the initiator's identity number, as sent
   * @param partnerName the partner's name, or null
   * @param partnerId the partner's identity number, or null
   */
  record Draft(String type, String slotId, ResidentIdNumber initiatorId, PersonName partnerName, ResidentIdNumber partnerId) {}

  synchronized BookingState book(String city, Citizen initiator, Draft draft) {
    sweep();
    SlotKey slot = slot(city, draft.slotId()).orElseThrow(() -> SandboxProblem.notFound("no such slot"));
    LocalDate today = now().toLocalDate();
    if (!slot.date().isAfter(today) || slot.date().isAfter(lastReleased(city))) {
      throw conflict("slot_unavailable", "the slot is not bookable now: slots open " + catalog.release(city).orElseThrow()
          .daysAhead() + " days ahead and close the day before");
    }
    ResidentIdNumber partner = draft.partnerId();
    if (draft.type().equals("MARRIAGE")) {
      requireOfAge(slot.date(), initiator.idNumber(), partner);
    }
    if ((isCrossBorder(initiator.idNumber()) || (partner != null && isCrossBorder(partner)))
        && !slot.office().handlesCrossBorder()) {
      throw conflict("office_not_competent",
          "a registration involving a Hong Kong, Macao or Taiwan resident or a foreigner is handled only by designated offices");
    }
    if (hasOpenBooking(initiator.idNumber(), draft.type())) {
      throw conflict("already_booked", "an open booking of this type already exists");
    }
    // The partner's other bookings are their own business: refused like any other ineligibility.
    if (!eligible(draft.type(), initiator.idNumber(), partner) || (partner != null && hasOpenBooking(partner, draft.type()))) {
      throw notEligible();
    }
    if (remaining(slot.id()) == 0) {
      throw conflict("slot_full", "the last place of this slot is taken");
    }
    OffsetDateTime now = now().toOffsetDateTime();
    OffsetDateTime dayStart = slot.date().atStartOfDay(ZONE).toOffsetDateTime();
    OffsetDateTime due = partner == null ? null
        : now.plus(CONSENT_WINDOW).isBefore(dayStart) ? now.plus(CONSENT_WINDOW) : dayStart;
    BookingState booking = new BookingState(String.format("mb-%06d", ++sequence), draft.type(), city, slot, initiator,
        draft.partnerName(), partner, now, due);
    bookings.put(booking.id, booking);
    if (partner == null) {
      confirm(booking, now);
    } else {
      booking.status = "PENDING_PARTNER_CONSENT";
      publisher.publish("marriage.booking.consent_requested", booking);
    }
    return booking;
  }

  private void requireOfAge(LocalDate date, ResidentIdNumber initiator, ResidentIdNumber partner) {
    List<FieldViolation> violations = new ArrayList<>();
    if (!ofAge(initiator, date)) {
      violations.add(new FieldViolation("initiator_id_number", "is under the legal age of marriage on the booked date"));
    }
    if (!ofAge(partner, date)) {
      violations.add(new FieldViolation("partner.id_number", "is under the legal age of marriage on the booked date"));
    }
    if (!violations.isEmpty()) {
      throw new SandboxProblem(422, "under_age", "Under the legal age of marriage",
          "men may marry from 22, women from 20 (Civil Code art. 1047)", violations, Map.of(), Map.of());
    }
  }

  private static boolean ofAge(ResidentIdNumber id, LocalDate date) {
    return Period.between(id.birthDate(), date).getYears() >= (id.sex() == Sex.MALE ? 22 : 20);
  }

  private static boolean isCrossBorder(ResidentIdNumber id) {
    return id.areaCode().startsWith("81") || id.areaCode().startsWith("82");
  }

  private boolean hasOpenBooking(ResidentIdNumber id, String type) {
    return bookings.values().stream().anyMatch(b -> b.type.equals(type) && b.isOpen() && b.involves(id));
  }

  private boolean eligible(String type, ResidentIdNumber initiator, ResidentIdNumber partner) {
    return switch (type) {
      case "MARRIAGE" -> !registry.isMarried(initiator) && !registry.isMarried(partner)
          && !registry.closeKin(initiator, partner);
      case "DIVORCE" -> registry.marriedToEachOther(initiator, partner);
      default -> registry.isMarried(initiator);
    };
  }

  private void confirm(BookingState booking, OffsetDateTime now) {
    booking.status = "CONFIRMED";
    booking.confirmedAt = now;
    publisher.publish("marriage.booking.confirmed", booking);
  }

  synchronized List<BookingView> bookings(Citizen citizen, String status, String role) {
    sweep();
    return bookings.values().stream()
        .filter(b -> b.roleOf(citizen) != null)
        .filter(b -> status == null || status.equals(b.status))
        .filter(b -> role == null || role.equals(b.roleOf(citizen)))
        .sorted(Comparator.comparing((BookingState b) -> b.createdAt).thenComparing(b -> b.id).reversed())
        .map(b -> b.view(b.roleOf(citizen)))
        .toList();
  }

  synchronized BookingView booking(Citizen citizen, String bookingId) {
    sweep();
    BookingState b = visible(citizen, bookingId);
    return b.view(b.roleOf(citizen));
  }

  synchronized BookingView consent(Citizen citizen, String bookingId) {
    sweep();
    BookingState b = asPartner(citizen, bookingId);
    switch (b.status) {
      case "CONFIRMED" -> {
        return b.view("PARTNER");
      }
      case "REFUSED" -> throw notEligible();
      case "PENDING_PARTNER_CONSENT" -> {
        if (!eligible(b.type, b.initiatorId, b.partnerId)) {
          b.status = "REFUSED";
          throw notEligible();
        }
        confirm(b, now().toOffsetDateTime());
        return b.view("PARTNER");
      }
      default -> throw notPending(b);
    }
  }

  synchronized BookingView decline(Citizen citizen, String bookingId) {
    sweep();
    BookingState b = asPartner(citizen, bookingId);
    if (b.status.equals("PENDING_PARTNER_CONSENT")) {
      b.status = "DECLINED";
    } else if (!b.status.equals("DECLINED")) {
      throw notPending(b);
    }
    return b.view("PARTNER");
  }

  synchronized BookingView cancel(Citizen citizen, String bookingId) {
    sweep();
    BookingState b = visible(citizen, bookingId);
    String role = b.roleOf(citizen);
    if (b.status.equals("CANCELLED")) {
      return b.view(role);
    }
    boolean cancellable = b.status.equals("PENDING_PARTNER_CONSENT") || b.status.equals("CONFIRMED");
    if (!cancellable || !now().toOffsetDateTime().isBefore(b.start)) {
      throw conflict("not_cancellable", "a booking that is " + b.status + " or whose slot has started cannot be cancelled");
    }
    b.status = "CANCELLED";
    b.cancelledAt = now().toOffsetDateTime();
    b.cancelledBy = role;
    return b.view(role);
  }

  synchronized BookingView checkIn(Citizen citizen, String bookingId) {
    sweep();
    BookingState b = visible(citizen, bookingId);
    String role = b.roleOf(citizen);
    switch (b.status) {
      case "CHECKED_IN" -> {
        return b.view(role);
      }
      case "PENDING_PARTNER_CONSENT" -> throw conflict("partner_consent_missing",
          "the partner has not consented yet: the booking cannot be used");
      case "CONFIRMED" -> {
        ZonedDateTime now = now();
        if (!now.toLocalDate().equals(b.date)) {
          throw conflict("check_in_not_open", "check-in opens on the booked day, at the office");
        }
        b.status = "CHECKED_IN";
        return b.view(role);
      }
      default -> throw notPending(b);
    }
  }

  private BookingState visible(Citizen citizen, String bookingId) {
    BookingState b = bookings.get(bookingId);
    if (b == null || b.roleOf(citizen) == null) {
      throw SandboxProblem.notFound("no such booking");
    }
    return b;
  }

  private BookingState asPartner(Citizen citizen, String bookingId) {
    BookingState b = visible(citizen, bookingId);
    if (!"PARTNER".equals(b.roleOf(citizen))) {
      throw SandboxProblem.forbidden("only the partner named in the booking can consent or decline");
    }
    return b;
  }

  /** Moves bookings along the clock. */
  private void sweep() {
    OffsetDateTime now = now().toOffsetDateTime();
    for (BookingState b : bookings.values()) {
      if (b.status.equals("PENDING_PARTNER_CONSENT") && !now.isBefore(b.consentDueAt)) {
        b.status = "EXPIRED";
        publisher.publish("marriage.booking.expired", b);
      } else if (b.status.equals("CONFIRMED") && !now.isBefore(b.end)) {
        b.status = "NO_SHOW";
      }
    }
  }

  // ---- the office's side, for tests

  synchronized Optional<BookingView> anyBooking(String bookingId) {
    sweep();
    return Optional.ofNullable(bookings.get(bookingId)).map(b -> b.view("INITIATOR"));
  }

  synchronized BookingState existing(String bookingId) {
    sweep();
    BookingState b = bookings.get(bookingId);
    if (b == null) {
      throw new IllegalArgumentException("no booking " + bookingId);
    }
    return b;
  }

  synchronized void register(String bookingId) {
    BookingState b = existing(bookingId);
    if (!b.status.equals("CHECKED_IN")) {
      throw new IllegalStateException("only a checked-in booking can be registered, not " + b.status);
    }
    b.status = "REGISTERED";
    if (b.type.equals("MARRIAGE")) {
      registry.marry(b.initiatorId, b.partnerId);
    } else if (b.type.equals("DIVORCE")) {
      registry.divorce(b.initiatorId, b.partnerId);
    }
  }

  synchronized void refuse(String bookingId) {
    BookingState b = existing(bookingId);
    if (!b.status.equals("CONFIRMED") && !b.status.equals("CHECKED_IN")) {
      throw new IllegalStateException("only a confirmed or checked-in booking can be refused, not " + b.status);
    }
    b.status = "REFUSED";
  }

  synchronized void setRemainingCapacity(String city, String slotId, int remaining) {
    sweep();
    SlotKey slot = slot(city, slotId).orElseThrow(() -> new IllegalArgumentException("no slot " + slotId));
    long held = bookings.values().stream().filter(b -> b.slotId.equals(slot.id()) && b.isOpen()).count();
    int capacity = capacity(slot.id());
    if (remaining < 0 || remaining > capacity - held) {
      throw new IllegalArgumentException("remaining must be between 0 and " + (capacity - held));
    }
    blocked.put(slot.id(), (int) (capacity - held - remaining));
  }

  synchronized void recordMarriageElsewhere(ResidentIdNumber id) {
    registry.marryOutsideSeed(id);
  }

  synchronized boolean isMarried(ResidentIdNumber id) {
    return registry.isMarried(id);
  }

  synchronized MaritalRegistry.Fixtures fixtures(String city) {
    return registry.fixtures(city);
  }

  private static SandboxProblem notEligible() {
    return conflict("not_eligible",
        "the registration cannot be made for these two parties; the party concerned learns why at the office");
  }

  private static SandboxProblem notPending(BookingState b) {
    return conflict("not_pending", "the booking is " + b.status);
  }

  private static SandboxProblem conflict(String code, String detail) {
    return new SandboxProblem(409, code, "Conflict", detail, List.of(), Map.of(), Map.of());
  }
}
