package io.cityservices.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.internal.signing.MessageSigner;
import io.cityservices.core.internal.signing.MessageVerifier;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.SignatureHeaders;
import io.cityservices.core.signing.SigningKey;
import io.cityservices.core.signing.VerificationKey;
import io.cityservices.core.internal.signing.VerifiedSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A minimal platform client for the testkit's own tests: plain OkHttp plus the signing library, so
 * these tests do not depend on the SDK transport being written in parallel.
 */
final class TestClient {
  static final MediaType JSON = MediaType.get("application/json");

  final CitySandbox sandbox;
  final SandboxApp app;
  final OkHttpClient http;
  final ObjectMapper mapper = new ObjectMapper();
  private final Session session;

  private TestClient(CitySandbox sandbox, SandboxApp app, OkHttpClient http, Session session) {
    this.sandbox = sandbox;
    this.app = app;
    this.http = http;
    this.session = session;
  }

  /** A plain OkHttp client that never retries by itself (fault tests need to see each failure). */
  static OkHttpClient http() {
    return new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(10, TimeUnit.SECONDS).build();
  }

  /** Logs the default app in with HTTP Basic. */
  static TestClient connect(CitySandbox sandbox) {
    return connect(sandbox, sandbox.defaultApp());
  }

  /** Logs {@code app} in with HTTP Basic. */
  static TestClient connect(CitySandbox sandbox, SandboxApp app) {
    return connect(sandbox, app, Map.of("grant_type", "client_credentials"));
  }

  /** Logs the default app in with HTTP Basic, asking for {@code scope}. */
  static TestClient connect(CitySandbox sandbox, String scope) {
    return connect(sandbox, sandbox.defaultApp(), Map.of("grant_type", "client_credentials", "scope", scope));
  }

  private static TestClient connect(CitySandbox sandbox, SandboxApp app, Map<String, String> form) {
    OkHttpClient http = http();
    Reply reply = call(http, tokenRequest(sandbox, app, form));
    if (reply.status() != 200) {
      throw new IllegalStateException("token request failed: " + reply.text());
    }
    JsonNode json = reply.json();
    Session session = new Session(json.get("access_token").asText(), json.get("signing_key_id").asText(),
        Base64.getUrlDecoder().decode(json.get("signing_key").asText()));
    return new TestClient(sandbox, app, http, session);
  }

  /** A token request authenticated with HTTP Basic. */
  static Request tokenRequest(CitySandbox sandbox, SandboxApp app, Map<String, String> form) {
    return tokenRequest(sandbox, form)
        .header("Authorization", okhttp3.Credentials.basic(app.clientId(), app.clientSecret()))
        .build();
  }

  /** A token request without client authentication headers. */
  static Request.Builder tokenRequest(CitySandbox sandbox, Map<String, String> form) {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    return new Request.Builder().url(sandbox.baseUrl() + "/v1/oauth2/token").post(body.build());
  }

  String accessToken() {
    return session.accessToken();
  }

  /** A signed GET. */
  Reply get(String path) {
    return send(new Options("GET", path, null));
  }

  /** A signed POST of a JSON body. */
  Reply post(String path, String json) {
    return send(new Options("POST", path, json));
  }

  Reply send(Options options) {
    return call(http, request(options));
  }

  /** Builds the signed request without sending it. */
  Request request(Options o) {
    String url = sandbox.baseUrl() + o.path;
    byte[] body = o.body == null ? null : o.body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>(o.headers);
    headers.put("Authorization", "Bearer " + session.accessToken());
    List<String> components = new ArrayList<>(List.of("@method", "@target-uri"));
    if (body != null) {
      headers.put("Content-Digest", o.digestOverride != null ? o.digestOverride : ContentDigest.sha256(body));
      components.add("content-digest");
    }
    if (o.sign) {
      String[] ids = components.toArray(String[]::new);
      MessageSigner sig1 = MessageSigner.builder(SigningKey.hmac(session.keyId(), session.key()))
          .label("sig1").components(ids).clock(o.signingClock).build();
      addSignature(headers, sig1.sign(SignatureComponents.forRequest(o.method, o.signedUrl(url), lookup(headers))));
      if (o.sig2) {
        MessageSigner sig2 = MessageSigner.builder(app.signingKey()).label("sig2").components(ids).clock(o.signingClock).build();
        addSignature(headers, sig2.sign(SignatureComponents.forRequest(o.method, o.signedUrl(url), lookup(headers))));
      }
    }
    Request.Builder builder = new Request.Builder().url(url)
        .method(o.method, body == null ? null : RequestBody.create(o.sentBody != null ? o.sentBody.getBytes(StandardCharsets.UTF_8) : body, JSON));
    headers.forEach(builder::header);
    return builder.build();
  }

  private static void addSignature(Map<String, String> headers, SignatureHeaders signature) {
    headers.put(SignatureHeaders.SIGNATURE_INPUT, signature.signatureInput());
    headers.put(SignatureHeaders.SIGNATURE, signature.signature());
  }

  private static java.util.function.Function<String, String> lookup(Map<String, String> headers) {
    return name -> headers.entrySet().stream()
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /** Verifies the response's {@code sig1} under this client's session key. */
  VerifiedSignature verifySession(Reply reply) {
    MessageVerifier verifier = MessageVerifier.builder(
            id -> id.equals(session.keyId()) ? Optional.of(VerificationKey.hmac(id, session.key())) : Optional.empty())
        .label("sig1").requiredComponents("@status", "content-digest", "x-request-id").build();
    return verifier.verifyWithDigest(reply.components(), reply.body());
  }

  static Reply call(OkHttpClient http, Request request) {
    try (Response response = http.newCall(request).execute()) {
      Map<String, String> headers = new LinkedHashMap<>();
      for (String name : response.headers().names()) {
        headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", response.headers(name)));
      }
      return new Reply(response.code(), headers, response.body().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The session an access token carries. */
  record Session(String accessToken, String keyId, byte[] key) {}

  /** What to send; mutable on purpose, for readable tests that tweak one thing. */
  static final class Options {
    final String method;
    final String path;
    final String body;
    final Map<String, String> headers = new LinkedHashMap<>();
    boolean sign = true;
    boolean sig2;
    Clock signingClock = Clock.systemUTC();
    String digestOverride;
    String sentBody;
    String signedPath;

    Options(String method, String path, String body) {
      this.method = method;
      this.path = path;
      this.body = body;
    }

    Options header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    String signedUrl(String url) {
      return signedPath == null ? url : url.replace(path, signedPath);
    }
  }

  /** A response read fully. */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    SignatureComponents components() {
      return SignatureComponents.forResponse(status, headers::get);
    }
  }
}
