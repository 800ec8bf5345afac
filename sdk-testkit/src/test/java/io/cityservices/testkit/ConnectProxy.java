package io.cityservices.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP proxy on a loopback port that answers {@code CONNECT host:port} by opening a TCP
 * tunnel (it sees only the target, never the TLS inside), optionally demanding Basic credentials
 * with {@code 407 Proxy Authentication Required}. It records every CONNECT it receives.
 */
final class ConnectProxy implements AutoCloseable {

  /** One CONNECT request: its target and its {@code Proxy-Authorization}, or null. */
  record Connect(String target, String authorization, boolean tunnelled) {}

  private final ServerSocket server;
  private final String requiredAuthorization;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "connect-proxy");
    t.setDaemon(true);
    return t;
  });
  private final List<Connect> connects = new CopyOnWriteArrayList<>();

  /** @param requiredAuthorization the exact {@code Proxy-Authorization} value to demand, or null */
  ConnectProxy(String requiredAuthorization) throws IOException {
    this.requiredAuthorization = requiredAuthorization;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  int port() {
    return server.getLocalPort();
  }

  List<Connect> connects() {
    return List.copyOf(connects);
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        threads.execute(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      while (true) {
        List<String> head = readHead(in);
        if (head.isEmpty()) {
          return;
        }
        String[] requestLine = head.get(0).split(" ");
        String authorization = header(head, "proxy-authorization");
        if (!requestLine[0].equals("CONNECT")) {
          write(out, "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
          return;
        }
        if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
          connects.add(new Connect(requestLine[1], authorization, false));
          // Keep the connection: a client may answer the challenge on it.
          write(out, "HTTP/1.1 407 Proxy Authentication Required\r\n"
              + "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n");
          continue;
        }
        connects.add(new Connect(requestLine[1], authorization, true));
        String[] hostPort = requestLine[1].split(":");
        try (Socket target = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
          write(out, "HTTP/1.1 200 Connection established\r\n\r\n");
          threads.execute(() -> pipe(client, target));
          pipe(target, client);
        }
        return;
      }
    } catch (IOException | RuntimeException e) {
      // A client that goes away mid-tunnel ends the tunnel.
    }
  }

  private static void pipe(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException ended) {
      // Either side closed.
    } finally {
      try {
        to.shutdownOutput();
      } catch (IOException ignored) {
        // Already closed.
      }
    }
  }

  private static List<String> readHead(InputStream in) throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.US_ASCII).replace("\r", "");
        line.reset();
        if (text.isEmpty()) {
          return lines;
        }
        lines.add(text);
      } else {
        line.write(b);
      }
    }
    return List.of();
  }

  private static String header(List<String> head, String name) {
    for (String line : head.subList(1, head.size())) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
