package io.cityservices.core.http;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cityservices.core.error.ValidationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;

/**
 * Any id a caller passes is either refused with a {@link ValidationException} or sent as exactly
 * one path segment that OkHttp keeps as it is (no dot segment collapsed, nothing added or lost).
 */
class PathSegmentsFuzzTest {

  static final Operation GET = Operation.read("getThing", "traffic", "/v1/cities/{city}/things/{id}/payments");

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "path.dict")
  void anIdIsRefusedOrStaysOneSegment(byte[] input) {
    String id = new String(input, StandardCharsets.UTF_8);
    ApiRequest request;
    try {
      request = ApiRequest.of(GET).path("city", "310000").path("id", id).build();
    } catch (ValidationException refused) {
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
