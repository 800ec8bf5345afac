package io.cityservices.core.http;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;

/**
 * Any id a caller passes is either refused (recorded as a violation, so the call fails with a {@code ValidationException}) or sent as exactly
 * one path segment that OkHttp keeps as it is (no dot segment collapsed, nothing added or lost).
 */
class PathSegmentsFuzzTest {

  static final Operation GET = Operation.read("getThing", "traffic", "/v1/cities/{city}/things/{id}/payments");

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "path.dict")
  void anIdIsRefusedOrStaysOneSegment(byte[] input) {
    String id = new String(input, StandardCharsets.UTF_8);
    ApiRequest request = ApiRequest.of(GET).path("city", "310000").path("id", id).build();
    if (!request.violations().isEmpty()) {
      // Refused: the transport fails the call with a ValidationException naming "id", nothing sent.
      return;
    }
    HttpUrl url = HttpUrl.get("https://api.example" + request.pathAndQuery());
    if (url.pathSize() != 6 || !url.pathSegments().get(5).equals("payments")
        || !url.pathSegments().get(4).equals(id)
        || !URLDecoder.decode(url.encodedPathSegments().get(4), StandardCharsets.UTF_8).equals(id)) {
      throw new AssertionError("id " + id + " became " + url.encodedPath());
    }
  }
}
