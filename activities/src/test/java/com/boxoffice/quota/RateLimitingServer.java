package com.boxoffice.quota;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A provider that answers every request with 429 and the headers given, for what the sandbox does
 * not send (its 429s carry no {@code Retry-After}).
 */
public final class RateLimitingServer implements AutoCloseable {
  private final HttpServer server;

  public RateLimitingServer(Map<String, String> headers, String jsonBody) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          headers.forEach(exchange.getResponseHeaders()::add);
          exchange.sendResponseHeaders(429, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
