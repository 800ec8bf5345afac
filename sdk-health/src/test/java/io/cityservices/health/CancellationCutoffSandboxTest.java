package io.cityservices.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Moves the sandbox clock, so it runs on a sandbox of its own. */
class CancellationCutoffSandboxTest {

  @Test
  @CitySandboxTest
  void cancellingAfterTheCutoffIsRefusedWithAClearMessage(CitySandbox sandbox) {
    try (CityServices services = SandboxClients.client(sandbox, CityCode.HANGZHOU, sandbox.clock())) {
      HealthClient health = HealthClient.create(services);
      String citizenId = sandbox.seed().firstCitizen(CityCode.HANGZHOU).id();
      RequestOptions citizen = RequestOptions.forCitizen(SandboxClients.login(services, citizenId));
      Hospital hospital = health.hospitals().list(HospitalQuery.builder().name("浙江大学").build(), RequestOptions.none())
          .data().get(0);
      LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
      Slot slot = health.slots().listAll(SlotQuery.builder(hospital.id()).from(from).to(from).build(), RequestOptions.none())
          .stream().filter(Slot::isBookable).findFirst().orElseThrow();
      Patient self = health.patients().list(citizen).get(0);
      Appointment booked = health.appointments().book(BookAppointmentRequest.of(slot, self.id()), citizen);

      // Twelve hours before the visit: inside the 24-hour cut-off. A fresh log-in, since time moved on.
      sandbox.clock().advance(Duration.between(sandbox.clock().instant(), slot.start().toInstant().minus(Duration.ofHours(12))));
      RequestOptions later = RequestOptions.forCitizen(SandboxClients.login(services, citizenId));

      assertThatThrownBy(() -> health.appointments().cancel(booked.id(), later))
          .isInstanceOf(CancellationCutoffPassedException.class)
          .hasMessageContaining("cancellation cut-off")
          .extracting(e -> ((ConflictException) e).code()).isEqualTo("cancellation_cutoff_passed");
      assertThat(health.appointments().get(booked.id(), later).status()).isEqualTo(AppointmentStatus.BOOKED);
    }
  }
}
