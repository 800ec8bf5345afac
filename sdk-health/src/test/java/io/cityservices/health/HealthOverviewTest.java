package io.cityservices.health;

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
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health's overview section against the sandbox, found through META-INF/services. */
@CitySandboxTest
class HealthOverviewTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  CitySandbox sandbox;
  private CityServices services;
  private HealthClient health;
  private CitizenToken token;
  private RequestOptions citizen;

  @BeforeEach
  void setUp() {
    services = SandboxClients.client(sandbox, CityCode.SHANGHAI);
    health = HealthClient.create(services);
    token = SandboxClients.login(services, sandbox.seed().firstCitizen(CityCode.SHANGHAI).id());
    citizen = RequestOptions.forCitizen(token);
  }

  @AfterEach
  void tearDown() {
    services.close();
  }

  private Appointment bookInThreeDays() {
    Hospital hospital = health.hospitals().list(HospitalQuery.builder().name("华山").build(), RequestOptions.none()).data().get(0);
    LocalDate from = LocalDate.now(SHANGHAI).plusDays(3);
    Slot slot = health.slots().listAll(SlotQuery.builder(hospital.id()).from(from).to(from.plusDays(7)).build(), RequestOptions.none())
        .stream().filter(Slot::isBookable).findFirst().orElseThrow();
    Patient self = health.patients().list(citizen).stream().filter(Patient::isSelf).findFirst().orElseThrow();
    return health.appointments().book(BookAppointmentRequest.of(slot, self.id()), citizen);
  }

  @Test
  void aBookedAppointmentIsAnUpcomingToDoOnItsDayAndCancellingRemovesIt() {
    Appointment booked = bookInThreeDays();

    CitizenOverview overview = services.citizen(token).overview();

    assertThat(overview.sections()).extracting(OverviewSection::department).containsExactly(HealthSection.DEPARTMENT);
    HealthSection section = overview.section(HealthSection.class).orElseThrow();
    assertThat(section.upcomingAppointments()).extracting(Appointment::id).contains(booked.id());
    assertThat(section.counts()).containsEntry("upcoming appointments", section.upcomingAppointments().size());
    assertThat(section.amountOwed()).isEmpty();
    assertThat(overview.toDos()).filteredOn(t -> booked.id().equals(t.reference())).singleElement().satisfies(t -> {
      assertThat(t.dueOn()).isEqualTo(booked.start().atZoneSameInstant(SHANGHAI).toLocalDate());
      assertThat(t.overdue()).isFalse();
      assertThat(t.amount()).isNull();
    });
    // Health data: neither the section nor a to-do names the hospital, doctor or patient.
    assertThat(overview.toString() + overview.toDos())
        .doesNotContain(booked.hospitalId(), booked.patientId(), booked.departmentId());

    health.appointments().cancel(booked.id(), citizen);
    assertThat(services.citizen(token).overview().toDos()).extracting(ToDo::reference).doesNotContain(booked.id());
  }

  @Test
  void aCityWithoutHealthIsNotOfferedAndNoHealthRequestIsSent() {
    CitizenOverview overview = services.citizen(token)
        .overview(OverviewQuery.cities(CityCode.SHANGHAI, CityCode.GUANGZHOU), RequestOptions.none());

    assertThat(overview.sections()).extracting(OverviewSection::city, OverviewSection::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CityCode.SHANGHAI, SectionStatus.AVAILABLE),
        org.assertj.core.groups.Tuple.tuple(CityCode.GUANGZHOU, SectionStatus.NOT_OFFERED));
    assertThat(overview.complete()).isTrue();
    assertThat(sandbox.requests()).noneMatch(r -> r.getUrl().startsWith("/v1/cities/440100/"));
    assertThat(sandbox.requests()).anyMatch(r -> r.getUrl().startsWith("/v1/cities/310000/health/"));
  }

  @Test
  void healthDownLeavesItsSectionUnavailable() {
    sandbox.faults().unavailable(CityCode.SHANGHAI, DepartmentName.of("health"));

    CitizenOverview overview = services.citizen(token).overview();

    assertThat(overview.section(OverviewSection.Unavailable.class)).get()
        .extracting(OverviewSection.Unavailable::reason)
        .isIn(UnavailableReason.DEPARTMENT_UNAVAILABLE, UnavailableReason.CIRCUIT_OPEN);
  }
}
