package io.cityservices.marriage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.pagination.Page;
import io.cityservices.testkit.junit.PlatformStub;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact request of every operation and the decoding of its response, against WireMock. */
class MarriageWireMockTest {
  static final String BASE = "/v1/cities/310000/marriage";
  static final String TOKEN = "citizen-access-token-0123456789";
  static final RequestOptions CITIZEN = RequestOptions.forCitizen(
      new CitizenToken("c-310000-001", TOKEN, null, Instant.now().plusSeconds(3600), "marriage"));
  static final ResidentIdNumber MAN = IdNumbers.of("310104", LocalDate.of(1990, 1, 1), "001");
  static final ResidentIdNumber WOMAN = IdNumbers.of("310115", LocalDate.of(1994, 3, 15), "002");
  static final Party PARTNER = Party.of(PersonName.of("李小红"), WOMAN);
  static final Slot SLOT = new Slot("310104-MR-20261210-0900", "310104-MR", LocalDate.of(2026, 12, 10),
      OffsetDateTime.parse("2026-12-10T09:00:00+08:00"), OffsetDateTime.parse("2026-12-10T10:00:00+08:00"), 10, 4,
      SlotStatus.OPEN);

  static final String OFFICE_JSON = """
      {"id":"310104-MR","name":"徐汇区婚姻登记中心",
       "address":{"province":"上海市","city":"上海市","district":"徐汇区","street":"漕溪北路336号","postcode":"200030"},
       "district":"310104","opening_hours":"周一至周五 09:00-11:30","phone":"021-64870002","handles_cross_border":false,
       "floor":"2F"}
      """;
  static final String SLOT_JSON = """
      {"id":"310104-MR-20261210-0900","office_id":"310104-MR","date":"2026-12-10",
       "start":"2026-12-10T09:00:00+08:00","end":"2026-12-10T10:00:00+08:00","capacity":10,"remaining_capacity":4,
       "status":"%s"}
      """;
  static final String BOOKING_JSON = """
      {"id":"mb-000001","type":"MARRIAGE","status":"%s","role":"%s","office_id":"310104-MR",
       "slot_id":"310104-MR-20261210-0900","date":"2026-12-10","start":"2026-12-10T09:00:00+08:00",
       "end":"2026-12-10T10:00:00+08:00","initiator":{"name":"王大明","id_number":"%s"},
       "partner":{"name":"李小红","id_number":"%s"},"consent_due_at":"2026-12-04T10:00:00+08:00",
       "created_at":"2026-12-02T10:00:00+08:00","confirmed_at":null,"cancelled_at":null,"cancelled_by":null}
      """;

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  WireMockServer wm;
  MarriageClient marriage;

  @BeforeEach
  void client() {
    wm = platform.server();
    CityServices services = platform.client(CityCode.SHANGHAI);
    marriage = MarriageClient.create(services);
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static ResponseDefinitionBuilder problem(int status, String code) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + status + ",\"code\":\"" + code + "\"}");
  }

  static String booking(String status, String role) {
    return BOOKING_JSON.formatted(status, role, MAN.value(), WOMAN.value());
  }

  BookingRequest marriageRequest() {
    return BookingRequest.marriage(SLOT, MAN, PARTNER).declarationAccepted().build();
  }

  @Test
  void listOfficesSendsEveryCriterionWithoutACitizenAndDecodesThePage() {
    wm.stubFor(get(urlEqualTo(BASE + "/offices?district=310104&handles_cross_border=false&limit=5&cursor=c1"))
        .willReturn(json(200, "{\"data\":[" + OFFICE_JSON + "],\"next_cursor\":null}")));

    Page<RegistrationOffice> page = marriage.offices().list(new OfficeQuery("310104", false, 5, "c1"), RequestOptions.none());

    wm.verify(getRequestedFor(urlEqualTo(BASE + "/offices?district=310104&handles_cross_border=false&limit=5&cursor=c1"))
        .withHeader("X-Citizen-Token", absent()));
    RegistrationOffice office = page.data().get(0);
    assertThat(office.id()).isEqualTo("310104-MR");
    assertThat(office.address().street()).isEqualTo("漕溪北路336号");
    assertThat(office.openingHours()).isEqualTo("周一至周五 09:00-11:30");
    assertThat(office.handlesCrossBorder()).isFalse();
    assertThat(page.nextCursor()).isNull();
    assertThat(marriage.offices().listAll(new OfficeQuery("310104", false, 5, "c1"), RequestOptions.none())
        .stream()).containsExactly(office);
  }

  @Test
  void getOfficeAndBookingTypes() {
    wm.stubFor(get(urlEqualTo(BASE + "/offices/310104-MR")).willReturn(json(200, OFFICE_JSON)));
    wm.stubFor(get(urlEqualTo(BASE + "/booking-types")).willReturn(json(200, """
        [{"type":"MARRIAGE","name":"结婚登记","both_parties_appear":true,
          "required_documents":[{"code":"RESIDENT_ID_CARD","name":"本人的居民身份证","each_party":true}]},
         {"type":"ADOPTION","name":"?","both_parties_appear":false,"required_documents":[]}]
        """)));

    assertThat(marriage.offices().getAsync("310104-MR", RequestOptions.none()).join().name()).isEqualTo("徐汇区婚姻登记中心");
    List<BookingTypeDetails> types = marriage.bookingTypes().list(RequestOptions.none());
    assertThat(types.get(0)).isEqualTo(new BookingTypeDetails(BookingType.MARRIAGE, "结婚登记", true,
        List.of(new RequiredDocument("RESIDENT_ID_CARD", "本人的居民身份证", true))));
    assertThat(types.get(1).type()).isEqualTo(BookingType.UNKNOWN);
    assertThat(types.get(0).type().needsPartner()).isTrue();
    assertThat(BookingType.CERTIFICATE_REISSUE.needsPartner()).isFalse();
  }

  @Test
  void listSlotsSendsTheOfficeAndRange() {
    String url = BASE + "/slots?office_id=310104-MR&from=2026-12-10&to=2026-12-11&limit=50";
    wm.stubFor(get(urlEqualTo(url)).willReturn(json(200, "{\"data\":[" + SLOT_JSON.formatted("OPEN") + ","
        + SLOT_JSON.formatted("WAITLISTED") + "]}")));

    List<Slot> slots = marriage.slots().listAsync(SlotQuery.builder("310104-MR").from(LocalDate.of(2026, 12, 10))
        .to(LocalDate.of(2026, 12, 11)).limit(50).build(), RequestOptions.none()).join().data();

    wm.verify(getRequestedFor(urlEqualTo(url)).withHeader("X-Citizen-Token", absent()));
    assertThat(slots.get(0)).isEqualTo(SLOT);
    assertThat(slots.get(0).isBookable()).isTrue();
    assertThat(slots.get(1).status()).isEqualTo(SlotStatus.UNKNOWN);
    assertThat(slots.get(1).isBookable()).isFalse();
  }

  @Test
  void bookPostsTheSlotBothIdentitiesAndTheDeclarationWithAnIdempotencyKey() {
    wm.stubFor(post(urlEqualTo(BASE + "/bookings")).willReturn(json(201, booking("PENDING_PARTNER_CONSENT", "INITIATOR"))));

    Booking booking = marriage.bookings().book(marriageRequest(), CITIZEN.toBuilder().idempotencyKey("wedding-0001").build());

    wm.verify(postRequestedFor(urlEqualTo(BASE + "/bookings"))
        .withHeader("X-Citizen-Token", equalTo(TOKEN))
        .withHeader("Idempotency-Key", equalTo("\"wedding-0001\""))
        .withRequestBody(equalToJson("{\"type\":\"MARRIAGE\",\"slot_id\":\"310104-MR-20261210-0900\",\"initiator_id_number\":\""
            + MAN.value() + "\",\"partner\":{\"name\":\"李小红\",\"id_number\":\"" + WOMAN.value()
            + "\"},\"declaration_accepted\":true}")));
    assertThat(booking).isEqualTo(new Booking("mb-000001", BookingType.MARRIAGE, BookingStatus.PENDING_PARTNER_CONSENT,
        PartyRole.INITIATOR, "310104-MR", SLOT.id(), SLOT.date(), SLOT.start(), SLOT.end(),
        Party.of(PersonName.of("王大明"), MAN), PARTNER, OffsetDateTime.parse("2026-12-04T10:00:00+08:00"),
        OffsetDateTime.parse("2026-12-02T10:00:00+08:00"), null, null, null));
    assertThat(booking.awaitsMyConsent()).isFalse();
  }

  @Test
  void aCertificateReissueSendsNoPartner() {
    wm.stubFor(post(urlEqualTo(BASE + "/bookings")).willReturn(json(201, booking("CONFIRMED", "INITIATOR"))));

    marriage.bookings().bookAsync(BookingRequest.certificateReissue(SLOT, MAN).declarationAccepted().build(), CITIZEN).join();

    wm.verify(postRequestedFor(urlEqualTo(BASE + "/bookings")).withHeader("Idempotency-Key", matching("\"[0-9a-zA-Z_-]{8,}\""))
        .withRequestBody(equalToJson("{\"type\":\"CERTIFICATE_REISSUE\",\"slot_id\":\"" + SLOT.id()
            + "\",\"initiator_id_number\":\"" + MAN.value() + "\",\"declaration_accepted\":true}")));
  }

  @Test
  void listBookingsByStatusAndRole() {
    String url = BASE + "/bookings?status=PENDING_PARTNER_CONSENT&role=PARTNER&limit=10";
    wm.stubFor(get(urlEqualTo(url)).willReturn(json(200, "{\"data\":[" + booking("PENDING_PARTNER_CONSENT", "PARTNER")
        + "],\"next_cursor\":null}")));

    Page<Booking> page = marriage.bookings().list(BookingQuery.awaitingMyConsent().withLimit(10), CITIZEN);

    wm.verify(getRequestedFor(urlEqualTo(url)).withHeader("X-Citizen-Token", equalTo(TOKEN)));
    assertThat(page.data().get(0).awaitsMyConsent()).isTrue();
    assertThat(marriage.bookings().listAll(BookingQuery.awaitingMyConsent().withLimit(10), CITIZEN).stream()).hasSize(1);
    assertThat(marriage.bookings().listAsync(BookingQuery.awaitingMyConsent().withLimit(10), CITIZEN).join().data()).hasSize(1);
  }

  @Test
  void getBookingDecodesEveryStatusAndReadsNewOnesAsUnknown() {
    for (BookingStatus status : BookingStatus.values()) {
      String wire = status == BookingStatus.UNKNOWN ? "ANNULLED" : status.name();
      wm.stubFor(get(urlEqualTo(BASE + "/bookings/mb-000001")).willReturn(json(200, booking(wire, "GUARDIAN"))));
      Booking b = marriage.bookings().get("mb-000001", CITIZEN);
      assertThat(b.status()).isEqualTo(status);
      assertThat(b.role()).isEqualTo(PartyRole.UNKNOWN);
    }
    assertThat(BookingStatus.REGISTERED.isFinal()).isTrue();
    assertThat(BookingStatus.CONFIRMED.isFinal()).isFalse();
  }

  @Test
  void consentIsSignedWithTheDeclarationAndTheOtherChangesPostToTheirPaths() {
    record Change(String path, String body, BiFunction<String, RequestOptions, Booking> call) {}
    List<Change> changes = List.of(
        new Change("/consent", "{\"declaration_accepted\":true}", marriage.bookings()::consent),
        new Change("/decline", "{}", marriage.bookings()::decline),
        new Change("/cancellation", "{}", marriage.bookings()::cancel),
        new Change("/check-in", "{}", marriage.bookings()::checkIn),
        new Change("/consent", "{\"declaration_accepted\":true}", (id, o) -> marriage.bookings().consentAsync(id, o).join()),
        new Change("/decline", "{}", (id, o) -> marriage.bookings().declineAsync(id, o).join()),
        new Change("/cancellation", "{}", (id, o) -> marriage.bookings().cancelAsync(id, o).join()),
        new Change("/check-in", "{}", (id, o) -> marriage.bookings().checkInAsync(id, o).join()));
    for (Change change : changes) {
      wm.resetRequests();
      String path = BASE + "/bookings/mb-000001" + change.path();
      wm.stubFor(post(urlEqualTo(path)).willReturn(json(200, booking("CONFIRMED", "PARTNER"))));

      assertThat(change.call().apply("mb-000001", CITIZEN).status()).isEqualTo(BookingStatus.CONFIRMED);

      wm.verify(1, postRequestedFor(urlEqualTo(path)).withHeader("X-Citizen-Token", equalTo(TOKEN))
          .withHeader("Idempotency-Key", matching("\"[0-9a-zA-Z_-]{8,}\""))
          .withRequestBody(equalToJson(change.body())));
    }
  }

  @Test
  void platformErrorsBecomeTypedExceptions() {
    record Case(String code, Class<?> type) {}
    for (Case c : List.of(new Case("slot_full", SlotUnavailableException.class),
        new Case("slot_unavailable", SlotUnavailableException.class), new Case("not_eligible", NotEligibleException.class),
        new Case("already_booked", ConflictException.class), new Case("office_not_competent", ConflictException.class))) {
      wm.stubFor(post(urlEqualTo(BASE + "/bookings")).willReturn(problem(409, c.code())));
      assertThatThrownBy(() -> marriage.bookings().book(marriageRequest(), CITIZEN))
          .isExactlyInstanceOf(c.type())
          .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo(c.code()))
          .satisfies(e -> assertThat(((ConflictException) e).idempotencyKey()).isNotBlank());
      assertThatThrownBy(() -> marriage.bookings().bookAsync(marriageRequest(), CITIZEN).join())
          .cause().isExactlyInstanceOf(c.type());
    }
    wm.stubFor(post(urlEqualTo(BASE + "/bookings/mb-1/check-in")).willReturn(problem(409, "partner_consent_missing")));
    assertThatThrownBy(() -> marriage.bookings().checkIn("mb-1", CITIZEN))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("partner_consent_missing"));
    wm.stubFor(post(urlEqualTo(BASE + "/bookings")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":422,\"code\":\"under_age\","
            + "\"errors\":[{\"field\":\"partner.id_number\",\"message\":\"is under the legal age\"}]}")));
    assertThatThrownBy(() -> marriage.bookings().book(marriageRequest(), CITIZEN))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.code()).isEqualTo("under_age");
          assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("partner.id_number");
        });
  }
}
