package io.cityservices.examples;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.marriage.Booking;
import io.cityservices.marriage.BookingQuery;
import io.cityservices.marriage.BookingRequest;
import io.cityservices.marriage.BookingTypeDetails;
import io.cityservices.marriage.MarriageClient;
import io.cityservices.marriage.OfficeQuery;
import io.cityservices.marriage.Party;
import io.cityservices.marriage.RegistrationOffice;
import io.cityservices.marriage.Slot;
import io.cityservices.marriage.SlotQuery;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.marriage.MarriageSandbox;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The marriage-registration journey: find an office, see what to bring and a free slot, book it
 * naming the partner, the partner consents with their own token, and the couple cancels. Both parties
 * act for themselves, so against a real platform (where the example holds one citizen's token) it
 * stops after the public reference data.
 */
public final class MarriageJourney {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private MarriageJourney() {}

  /** Runs the marriage journey against the sandbox, or the platform the environment names. */
  public static void main(String[] args) {
    ExampleEnvironment.run("Marriage journey", (env, out) -> run(env.client(), env.sandbox().orElse(null), out));
  }

  /** Runs the journey in the client's default city; {@code sandbox} provides the couple, or null. */
  public static void run(CityServices client, CitySandbox sandbox, PrintStream out) {
    MarriageClient marriage = MarriageClient.create(client);

    out.println("== Marriage registration: an appointment both parties consent to ==");
    List<RegistrationOffice> offices = marriage.offices().listAll(OfficeQuery.all(), RequestOptions.none()).stream().toList();
    offices.forEach(o -> out.printf("  %s %s, %s%s%n", o.id(), o.name(), o.openingHours(),
        o.handlesCrossBorder() ? " (涉外/涉港澳台)" : ""));
    RegistrationOffice office = offices.stream().filter(o -> !o.handlesCrossBorder()).findFirst().orElseThrow();

    BookingTypeDetails wedding = marriage.bookingTypes().list(RequestOptions.none()).get(0);
    out.println("To bring for " + wedding.name() + ":");
    wedding.requiredDocuments().forEach(d -> out.println("  - " + d.name() + (d.eachParty() ? " (each party)" : "")));

    Slot slot = marriage.slots()
        .listAll(SlotQuery.builder(office.id()).from(LocalDate.now(CHINA).plusDays(3)).build(), RequestOptions.none())
        .stream().filter(Slot::isBookable).findFirst().orElseThrow();
    out.printf("Free slot at %s: %s %s, %d of %d places left%n", office.name(), slot.date(),
        slot.start().atZoneSameInstant(CHINA).toLocalTime(), slot.remainingCapacity(), slot.capacity());
    if (sandbox == null) {
      out.println("Booking needs both parties' own tokens: see the sandbox run for the rest.");
      return;
    }

    List<Citizen> couple = sandbox.data(MarriageSandbox.class).unmarriedCouple(marriage.city());
    Citizen me = couple.get(0);
    Citizen partner = couple.get(1);
    RequestOptions asMe = RequestOptions.forCitizen(SandboxLogin.citizenToken(client, me.id()));
    RequestOptions asPartner = RequestOptions.forCitizen(SandboxLogin.citizenToken(client, partner.id()));

    try {
      marriage.bookings().book(BookingRequest.marriage(slot, me.idNumber(), Party.of(me.name(), me.idNumber()))
          .declarationAccepted().build(), asMe);
    } catch (ValidationException e) {
      out.println("Naming oneself as partner is refused (nothing was sent): " + e.violations());
    }

    Party named = Party.of(partner.name(), partner.idNumber());
    Booking booking = marriage.bookings().book(
        BookingRequest.marriage(slot, me.idNumber(), named).declarationAccepted().build(), asMe);
    out.printf("Booked %s with %s: %s, consent due %s%n", booking.id(), booking.partner(), booking.status(),
        booking.consentDueAt().atZoneSameInstant(CHINA).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));

    List<Booking> waiting = marriage.bookings().list(BookingQuery.awaitingMyConsent(), asPartner).data();
    out.println("The partner sees " + waiting.size() + " booking waiting for their consent, from " + waiting.get(0).initiator());
    Booking confirmed = marriage.bookings().consent(booking.id(), asPartner);
    out.println("The partner consented: " + confirmed.status());

    try {
      marriage.bookings().checkIn(booking.id(), asMe);
    } catch (ConflictException e) {
      out.println("Checking in before the day is refused: " + e.code());
    }
    Booking cancelled = marriage.bookings().cancel(booking.id(), asPartner);
    out.println("Cancelled: " + cancelled.status() + " by the " + cancelled.cancelledBy());
  }
}
