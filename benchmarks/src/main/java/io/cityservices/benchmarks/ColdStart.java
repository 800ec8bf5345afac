package io.cityservices.benchmarks;

import io.cityservices.benchmarks.model.Fixtures;
import io.cityservices.benchmarks.model.RawViolation.RawPage;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.ViolationQuery;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A whole program's first result, for cold-start timing ({@code run.sh} times it with hyperfine):
 * {@code sdk <base url>} builds a client and reads a page of violations through sdk-traffic, signed
 * and verified; {@code raw <base url>} reads the same page with a plain OkHttp client and Jackson
 * mapper. Both print the number of violations and exit.
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) throws IOException {
    String baseUrl = args[1];
    int count = switch (args[0]) {
      case "sdk" -> sdk(baseUrl);
      case "raw" -> raw(baseUrl);
      default -> throw new IllegalArgumentException("sdk or raw, not " + args[0]);
    };
    System.out.println(args[0] + " read " + count + " violations");
  }

  private static int sdk(String baseUrl) {
    try (CityServices city = CityServices.builder()
        .baseUrl(baseUrl)
        .credentials(AppCredentials.privateKey("bench-app", KeyPairs.generate("app-key-1", SignatureAlgorithm.ED25519).signingKey()))
        .build()) {
      CitizenToken citizen = new CitizenToken("citizen-bench-1", "ct-bench-0123456789abcdef", null,
          Instant.now().plus(1, ChronoUnit.DAYS), "traffic");
      return TrafficClient.create(city, CityCode.SHANGHAI).violations()
          .list(ViolationQuery.ownVehicles().limit(50).build(), RequestOptions.forCitizen(citizen))
          .data().size();
    }
  }

  private static int raw(String baseUrl) throws IOException {
    OkHttpClient http = new OkHttpClient();
    Request request = new Request.Builder()
        .url(baseUrl + LoopbackPlatform.RAW_VIOLATIONS_PATH + "?limit=50")
        .header("Authorization", "Bearer at-bench-0123456789abcdef")
        .header("X-Citizen-Token", "ct-bench-0123456789abcdef")
        .header("Accept", "application/json")
        .build();
    try (Response r = http.newCall(request).execute()) {
      int size = Fixtures.plainMapper().readValue(r.body().byteStream(), RawPage.class).data().size();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
      return size;
    }
  }
}
