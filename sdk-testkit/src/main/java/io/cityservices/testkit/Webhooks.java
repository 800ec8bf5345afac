package io.cityservices.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Webhook endpoints and delivery. Deliveries run on one daemon thread the sandbox owns (and stops on
 * close); a non-2xx answer or a connection failure is retried with exponential back-off up to a bounded
 * number of attempts. Every finished delivery is recorded, and tests can wait for them with
 * {@link #awaitFinished(int, Duration)} instead of sleeping.
 */
public final class Webhooks {
  private static final int TIMEOUT_MILLIS = 5_000;

  private final EventSigner signer;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final ScheduledExecutorService executor;
  private final List<URI> endpoints = new CopyOnWriteArrayList<>();
  private final List<WebhookDelivery> finished = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();

  Webhooks(EventSigner signer, int maxAttempts, Duration initialBackoff) {
    this.signer = signer;
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "city-sandbox-webhooks");
      t.setDaemon(true);
      return t;
    });
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.executor = pool;
  }

  /**
   * Registers an endpoint; every event published from now on is POSTed to it.
   *
   * @param endpoint the receiver's URL, not null; the signature covers it
   * @return these webhooks, to chain
   */
  public Webhooks register(URI endpoint) {
    endpoints.add(Objects.requireNonNull(endpoint, "endpoint"));
    return this;
  }

  /** The registered endpoints, in registration order. */
  List<URI> endpoints() {
    return List.copyOf(endpoints);
  }

  /** Removes every endpoint and forgets finished deliveries. */
  public void reset() {
    endpoints.clear();
    lock.lock();
    try {
      finished.clear();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The deliveries that got a 2xx answer, in the order they finished.
   *
   * @return a snapshot of the successful deliveries
   */
  public List<WebhookDelivery> delivered() {
    return finished().stream().filter(WebhookDelivery::succeeded).toList();
  }

  /**
   * Every finished delivery, including those that ran out of attempts.
   *
   * @return a snapshot of the finished deliveries, in the order they finished
   */
  public List<WebhookDelivery> finished() {
    lock.lock();
    try {
      return List.copyOf(finished);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until at least {@code count} deliveries have finished (succeeded or given up).
   *
   * @param count how many deliveries to wait for, counted since start or the last {@link #reset()}
   * @param timeout the longest wait
   * @return the finished deliveries
   * @throws TimeoutException if they did not finish in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public List<WebhookDelivery> awaitFinished(int count, Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (finished.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException(finished.size() + " of " + count + " webhook deliveries finished");
        }
        changed.awaitNanos(left);
      }
      return List.copyOf(finished);
    } finally {
      lock.unlock();
    }
  }

  void deliver(Event event) {
    for (URI endpoint : endpoints) {
      String deliveryId = Events.newDeliveryId();
      executor.execute(() -> attempt(endpoint, event, deliveryId, 1));
    }
  }

  /** Every attempt of one delivery is signed afresh (a new {@code created}) under the same delivery id. */
  private void attempt(URI endpoint, Event event, String deliveryId, int attempt) {
    int status = post(endpoint, signer.sign(event, endpoint, deliveryId));
    boolean ok = status >= 200 && status < 300;
    if (ok || attempt >= maxAttempts) {
      record(new WebhookDelivery(endpoint, event, attempt, status, ok));
      return;
    }
    long delay = initialBackoff.toMillis() << Math.min(attempt - 1, 16);
    // attempt() records its own outcome; nothing waits on the retry itself.
    Future<?> unused = executor.schedule(() -> attempt(endpoint, event, deliveryId, attempt + 1), delay, TimeUnit.MILLISECONDS);
  }

  /** POSTs once; answers the status, or 0 when the connection failed. */
  private static int post(URI endpoint, SignedEvent signed) {
    try {
      HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
      try {
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        signed.headers().forEach(connection::setRequestProperty);
        try (OutputStream out = connection.getOutputStream()) {
          out.write(signed.body());
        }
        int status = connection.getResponseCode();
        drain(connection, status);
        return status;
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return 0;
    }
  }

  private static void drain(HttpURLConnection connection, int status) throws IOException {
    try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
  }

  private void record(WebhookDelivery delivery) {
    lock.lock();
    try {
      finished.add(delivery);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  void close() {
    executor.shutdownNow();
  }
}
