package io.cityservices.core.http;

import static io.cityservices.core.fuzz.Outcomes.onlyThrows;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;

/**
 * Whatever a server answers (status, RateLimit, Retry-After, Cache-Control, ETag, content type,
 * problem details, bodies that are not the documented shape) the whole client pipeline ends in a
 * value or a documented {@link CityServicesException}. The answer is made in-process by an OkHttp
 * interceptor, so each run costs no socket.
 */
class ResponseFuzzTest {

  record Item(String itemId, Money price, OffsetDateTime createdAt, CityCode city) {}

  static final Operation READ = Operation.publicRead("readItems", "traffic", "/v1/cities/{city}/traffic/items");
  static final Operation PAY = Operation.create("payItem", "traffic", "/v1/cities/{city}/traffic/payments")
      .withoutCitizen();
  static final String[] HEADERS = {"RateLimit", "RateLimit-Policy", "RateLimit-Remaining", "RateLimit-Reset",
      "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After", "Cache-Control", "ETag", "X-Request-Id",
      "Content-Type", "Age", "Expires"};
  static final String[] TYPES = {"application/json", "application/problem+json", "text/html", "text/plain; charset=gbk"};

  static {
    // While fuzzing (not in the build's regression run) the TRACE lines of each run would cost more
    // than the run; this must happen before the first SDK logger is created.
    if (System.getenv("JAZZER_FUZZ") != null) {
      System.setProperty("org.slf4j.simpleLogger.log.io.cityservices", "error");
    }
  }

  static final AtomicReference<Response.Builder> NEXT = new AtomicReference<>();
  static final OkHttpClient CANNED = new OkHttpClient.Builder()
      .addInterceptor(chain -> NEXT.get().request(chain.request()).build())
      .build();
  static final CityServices CLIENT = CityServices.builder()
      .baseUrl("https://fuzz.invalid")
      .okHttpClient(CANNED)
      .checkServiceCatalog(false)
      .retryPolicy(RetryPolicy.none())
      .rateLimitMode(RateLimitMode.FAIL_FAST)
      .circuitBreaker(CircuitBreakerConfig.builder().slidingWindowSize(1_000_000).minimumNumberOfCalls(1_000_000).build())
      .callTimeout(Duration.ofSeconds(5))
      .build();

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "response.dict")
  void anyAnswerEndsInAValueOrADocumentedException(FuzzedDataProvider data) {
    Response.Builder answer = new Response.Builder()
        .protocol(Protocol.HTTP_1_1)
        .code(data.consumeInt(100, 599))
        .message("fuzz");
    int headerCount = data.consumeInt(0, 6);
    for (int i = 0; i < headerCount; i++) {
      String value = data.consumeString(60).replaceAll("[^\\x20-\\x7e\\t]", "");
      answer.addHeader(data.pickValue(HEADERS), value);
    }
    String type = data.pickValue(TYPES);
    boolean list = data.consumeBoolean();
    // A fresh city per run keeps one run's rate-limit block or cache entry from masking the next.
    String city = String.format("%06d", 110000 + data.consumeInt(0, 899_999));
    answer.body(ResponseBody.create(data.consumeRemainingAsBytes(), MediaType.parse(type)));
    NEXT.set(answer);
    ApiRequest request = ApiRequest.of(list ? READ : PAY).path("city", city).body(list ? null : java.util.Map.of("item_id", "i")).build();
    onlyThrows(() -> {
      if (list) {
        CLIENT.apiExecutor().execute(request, RequestOptions.none(), ResponseType.pageOf(Item.class));
      } else {
        CLIENT.apiExecutor().execute(request, RequestOptions.none(), ResponseType.of(Item.class));
      }
    }, CityServicesException.class);
  }
}
