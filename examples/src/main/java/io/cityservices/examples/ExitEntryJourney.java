package io.cityservices.examples;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.exitentry.Application;
import io.cityservices.exitentry.ApplicationQuery;
import io.cityservices.exitentry.Appointment;
import io.cityservices.exitentry.BookAppointmentRequest;
import io.cityservices.exitentry.DocumentStillValidException;
import io.cityservices.exitentry.DocumentType;
import io.cityservices.exitentry.EndorsementKind;
import io.cityservices.exitentry.ExitEntryClient;
import io.cityservices.exitentry.Office;
import io.cityservices.exitentry.OfficeQuery;
import io.cityservices.exitentry.PassportMrz;
import io.cityservices.exitentry.ServiceType;
import io.cityservices.exitentry.Slot;
import io.cityservices.exitentry.SlotQuery;
import io.cityservices.exitentry.StatusChange;
import io.cityservices.exitentry.TravelDocument;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The exit-entry journey (出入境): see one's passports and permits and the six-month warning, find an
 * office and a free slot, book the passport's renewal, move it to a later slot, follow an application
 * by its receipt number, check a scanned passport's machine-readable zone, and cancel.
 */
public final class ExitEntryJourney {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  /** ICAO Doc 9303's own specimen passport (Utopia), as an app would scan it. */
  private static final String SPECIMEN_MRZ = """
      P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
      L898902C36UTO7408122F1204159ZE184226B<<<<<10""";

  private ExitEntryJourney() {}

  /** Runs the exit-entry journey against the sandbox, or the platform the environment names. */
  public static void main(String[] args) {
    ExampleEnvironment.run("Exit-entry journey", (env, out) -> run(env.client(), env.citizen(), out));
  }

  /** Runs the journey for {@code citizen} in the client's default city, printing to {@code out}. */
  public static void run(CityServices client, CitizenToken citizen, PrintStream out) {
    ExitEntryClient exitEntry = ExitEntryClient.create(client);
    RequestOptions asCitizen = RequestOptions.forCitizen(citizen);

    out.println("== Exit-entry: documents, an appointment, application progress ==");
    List<TravelDocument> documents = exitEntry.documents().list(asCitizen);
    for (TravelDocument d : documents) {
      // The number masks itself: E******78.
      out.printf("  %s %s, valid until %s%s, %d endorsement(s)%n", d.type(), d.number(), d.expiresOn(),
          d.expiryWarning() ? " (less than six months left: renew it)" : "", d.endorsements().size());
    }
    for (EndorsementKind kind : exitEntry.endorsementTypes().list(RequestOptions.none())) {
      out.printf("  endorsement %s %s: %s%n", kind.type(), kind.name(), kind.options());
    }

    Office office = exitEntry.offices()
        .listAll(OfficeQuery.builder().documentType(DocumentType.PASSPORT).build(), RequestOptions.none())
        .stream().findFirst().orElseThrow();
    out.printf("Office: %s, %s (%s)%n", office.name(), office.address(), office.openingHours());
    List<Slot> free = exitEntry.slots().listAll(SlotQuery.of(office.id(), nextOpenDay()), RequestOptions.none())
        .stream().filter(Slot::isBookable).toList();
    out.printf("%d free slots on %s%n", free.size(), nextOpenDay());

    boolean passportExpiring = documents.stream()
        .anyMatch(d -> d.type() == DocumentType.PASSPORT && d.expiryWarning());
    ServiceType service = passportExpiring ? ServiceType.RENEWAL : ServiceType.FIRST_ISSUE;
    Appointment booked;
    try {
      booked = exitEntry.appointments().book(
          BookAppointmentRequest.builder(free.get(0).id(), DocumentType.PASSPORT, service).build(), asCitizen);
    } catch (DocumentStillValidException tooEarly) {
      out.println("Not yet: " + tooEarly.getMessage());
      return;
    } catch (SlotUnavailableException gone) {
      out.println("Someone took the last place first: " + gone.getMessage());
      return;
    }
    out.printf("Booked %s for a passport %s at %s: %s%n", booked.id(), booked.serviceType(),
        WHEN.format(booked.start().atZoneSameInstant(CHINA)), booked.status());
    Appointment moved = exitEntry.appointments().reschedule(booked.id(), free.get(free.size() - 1).id(), asCitizen);
    out.printf("Rescheduled to %s%n", WHEN.format(moved.start().atZoneSameInstant(CHINA)));

    for (Application a : exitEntry.applications().listAll(ApplicationQuery.all(), asCitizen)) {
      // The receipt number masks itself too; the app keeps the clear value to look it up.
      Application progress = exitEntry.applications().get(a.receiptNumber(), asCitizen);
      out.printf("Application %s (%s %s): %s, to be issued by %s%n", progress.receiptNumber(),
          progress.documentType(), progress.serviceType(), progress.status(), progress.issueDueOn());
      for (StatusChange step : progress.history()) {
        out.printf("    %s  %s%n", WHEN.format(step.at().atZoneSameInstant(CHINA)), step.status());
      }
    }

    PassportMrz mrz = PassportMrz.parse(SPECIMEN_MRZ);
    out.printf("Scanned MRZ checks out: issued by %s, expires %s%n", mrz.issuingState(), mrz.expiryDate());
    try {
      PassportMrz.parse(SPECIMEN_MRZ.replace("L898902C36", "L898902C37"));
    } catch (ValidationException misread) {
      out.println("A misread MRZ is refused: " + misread.violations());
    }

    Appointment cancelled = exitEntry.appointments().cancel(booked.id(), asCitizen);
    out.println("Cancelled it again: " + cancelled.status());
  }

  private static LocalDate nextOpenDay() {
    LocalDate day = LocalDate.now(CHINA).plusDays(1);
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }
}
