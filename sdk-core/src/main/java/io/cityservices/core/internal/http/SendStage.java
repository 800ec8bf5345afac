package io.cityservices.core.internal.http;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Innermost: sends the attempt with OkHttp's asynchronous API (no thread waits for the network),
 * limited to the time the deadline leaves, and reads the whole response (its digest and signature
 * cover the complete body). Cancelling the call cancels the HTTP call.
 */
final class SendStage implements Stage {

  private final OkHttpClient http;
  private final ErrorMapper errors;
  private final CallLogger log;

  SendStage(OkHttpClient http, ErrorMapper errors, CallLogger log) {
    this.http = http;
    this.errors = errors;
    this.log = log;
  }

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    CallContext call = exchange.call();
    log.sending(exchange);
    Call httpCall = http.newCall(exchange.request().toOkHttp());
    httpCall.timeout().timeout(Math.max(1, call.deadline().remaining().toNanos()), TimeUnit.NANOSECONDS);
    CompletableFuture<IncomingResponse> result = new CompletableFuture<>();
    call.onCancel(httpCall::cancel);
    httpCall.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            result.completeExceptionally(errors.fromIo(call, e));
          }

          @Override
          public void onResponse(Call c, Response r) {
            try (r) {
              IncomingResponse response = read(r);
              log.received(exchange, response);
              result.complete(response);
            } catch (IOException e) {
              result.completeExceptionally(errors.fromIo(call, e));
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          }
        });
    return result;
  }

  private static IncomingResponse read(Response r) throws IOException {
    Map<String, String> headers = new HashMap<>();
    for (int i = 0; i < r.headers().size(); i++) {
      // Repeated headers are joined per RFC 9110 section 5.3, the form signatures cover.
      headers.merge(
          r.headers().name(i).toLowerCase(Locale.ROOT),
          r.headers().value(i),
          (a, b) -> a + ", " + b);
    }
    return new IncomingResponse(r.code(), headers, r.body().bytes());
  }
}
