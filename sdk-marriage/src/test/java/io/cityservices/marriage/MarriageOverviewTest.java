package io.cityservices.marriage;

import static io.cityservices.marriage.MarriageSandboxes.marriage;
import static io.cityservices.marriage.MarriageSandboxes.slotAhead;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.OverviewQuery;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.SectionStatus;
import io.cityservices.core.overview.ToDo;
import io.cityservices.core.overview.UnavailableReason;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.marriage.MarriageSandbox;
import java.time.Clock;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The marriage registry's overview section against the sandbox, found through META-INF/services. */
@CitySandboxTest
class MarriageOverviewTest {
  private static final CityCode CITY = CityCode.SHANGHAI;
  private static final String OFFICE = "310104-MR";

  CitySandbox sandbox;
  private CityServices services;
  private MarriageClient marriage;
  private Citizen man;
  private Citizen woman;
  private CitizenToken manToken;
  private CitizenToken womanToken;

  @BeforeEach
  void setUp() {
    services = MarriageSandboxes.client(sandbox, CITY);
    marriage = MarriageClient.create(services);
    List<Citizen> couple = sandbox.data(MarriageSandbox.class).unmarriedCouple(CITY);
    man = couple.get(0);
    woman = couple.get(1);
    manToken = SandboxLogin.citizenToken(services, man.id());
    womanToken = SandboxLogin.citizenToken(services, woman.id());
  }

  @AfterEach
  void tearDown() {
    services.close();
  }

  private Booking bookAsMan() {
    return marriage.bookings().book(marriage(slotAhead(marriage, OFFICE, 3, Clock.systemUTC()), man, woman),
        RequestOptions.forCitizen(manToken));
  }

  @Test
  void aPendingBookingIsUpcomingForBothAndAConsentToDoForThePartnerOnly() {
    Booking booked = bookAsMan();
    List<Booking> womansBookings = marriage.bookings().listAll(BookingQuery.all(), RequestOptions.forCitizen(womanToken))
        .stream().toList();
    List<Booking> awaiting = marriage.bookings()
        .listAll(BookingQuery.awaitingMyConsent(), RequestOptions.forCitizen(womanToken)).stream().toList();

    CitizenOverview partner = services.citizen(womanToken).overview();
    CitizenOverview initiator = services.citizen(manToken).overview();

    assertThat(partner.sections()).extracting(OverviewSection::department).containsExactly(MarriageSection.DEPARTMENT);
    MarriageSection section = partner.section(MarriageSection.class).orElseThrow();
    assertThat(section.upcomingBookings()).containsExactlyElementsOf(womansBookings);
    assertThat(section.awaitingMyConsent()).isNotEmpty().containsExactlyElementsOf(awaiting);
    assertThat(section.counts()).containsEntry("upcoming bookings", 1).containsEntry("awaiting my consent", 1);
    assertThat(section.amountOwed()).isEmpty();
    assertThat(partner.toDos()).singleElement().satisfies(t -> {
      assertThat(t.reference()).isEqualTo(booked.id());
      assertThat(t.dueOn()).isEqualTo(booked.consentDueAt().atZoneSameInstant(MarriageSandboxes.CHINA).toLocalDate());
      assertThat(t.overdue()).isFalse();
      assertThat(t.operation()).contains("consent");
    });
    MarriageSection mine = initiator.section(MarriageSection.class).orElseThrow();
    assertThat(mine.upcomingBookings()).extracting(Booking::id).containsExactly(booked.id());
    assertThat(mine.awaitingMyConsent()).isEmpty();
    assertThat(initiator.toDos()).isEmpty();
    // Marital data: neither party's name or identity number, nor the office, in the section or the to-dos.
    String shown = partner.toString() + initiator + partner.toDos();
    assertThat(shown).doesNotContain(man.idNumber().value(), woman.idNumber().value(), booked.officeId(),
        man.name().value(), woman.name().value());

    marriage.bookings().consent(booked.id(), RequestOptions.forCitizen(womanToken));
    MarriageSection after = services.citizen(womanToken).overview().section(MarriageSection.class).orElseThrow();
    assertThat(after.upcomingBookings()).extracting(Booking::status).containsExactly(BookingStatus.CONFIRMED);
    assertThat(after.toDos()).isEmpty();

    marriage.bookings().cancel(booked.id(), RequestOptions.forCitizen(manToken));
    assertThat(services.citizen(womanToken).overview().section(MarriageSection.class).orElseThrow()
        .upcomingBookings()).isEmpty();
  }

  @Test
  void aCityWithoutTheRegistryIsNotOfferedAndNothingIsSentThere() {
    CitizenOverview overview = services.citizen(manToken)
        .overview(OverviewQuery.cities(CITY, CityCode.GUANGZHOU), RequestOptions.none());

    assertThat(overview.sections()).extracting(OverviewSection::city, OverviewSection::status).containsExactly(
        Tuple.tuple(CITY, SectionStatus.AVAILABLE), Tuple.tuple(CityCode.GUANGZHOU, SectionStatus.NOT_OFFERED));
    assertThat(overview.complete()).isTrue();
    assertThat(sandbox.requests()).noneMatch(r -> r.getUrl().startsWith("/v1/cities/440100/"));
    assertThat(sandbox.requests()).anyMatch(r -> r.getUrl().startsWith("/v1/cities/310000/marriage/"));
  }

  @Test
  void theRegistryDownLeavesItsSectionUnavailable() {
    sandbox.faults().unavailable(CITY, DepartmentName.of("marriage"));

    CitizenOverview overview = services.citizen(manToken).overview();

    assertThat(overview.section(OverviewSection.Unavailable.class)).get()
        .extracting(OverviewSection.Unavailable::reason)
        .isIn(UnavailableReason.DEPARTMENT_UNAVAILABLE, UnavailableReason.CIRCUIT_OPEN);
    assertThat(overview.toDos()).extracting(ToDo::department).doesNotContain(MarriageSection.DEPARTMENT);
  }
}
