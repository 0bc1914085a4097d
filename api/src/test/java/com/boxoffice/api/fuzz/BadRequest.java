package com.boxoffice.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request the API must turn away. When {@code field} is set, the answer must be a 400 that
 * names it (or says the body is unreadable): a lenient parser would otherwise hide behind another
 * field's error.
 */
record BadRequest(
    String group, String method, String target, List<String> headers, byte[] body, String field) {

  static BadRequest of(String group, String method, String target) {
    return new BadRequest(group, method, target, List.of(), new byte[0], null);
  }

  BadRequest in(String otherGroup) {
    return new BadRequest(otherGroup, method, target, headers, body, field);
  }

  /** A header line exactly as given, however malformed. */
  BadRequest line(String text) {
    List<String> more = new ArrayList<>(headers);
    more.add(text);
    return new BadRequest(group, method, target, more, body, field);
  }

  BadRequest header(String name, String value) {
    List<String> more = new ArrayList<>(headers);
    more.add(name + ": " + value);
    return new BadRequest(group, method, target, more, body, field);
  }

  BadRequest json(String text) {
    return header("Content-Type", "application/json").body(text);
  }

  BadRequest body(String text) {
    return body(text.getBytes(StandardCharsets.UTF_8));
  }

  BadRequest body(byte[] bytes) {
    return new BadRequest(group, method, target, headers, bytes, field);
  }

  BadRequest naming(String path) {
    return new BadRequest(group, method, target, headers, body, path);
  }

  /** The wire form; the connection closes after the answer so that reading it ends cleanly. */
  byte[] bytes() {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1\r\n");
    headers.forEach(header -> head.append(header).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(body);
    return out.toByteArray();
  }

  @Override
  public String toString() {
    String text = new String(body, StandardCharsets.UTF_8);
    return "%s %s %s headers=%s body(%d bytes)=%s field=%s"
        .formatted(
            group,
            method,
            abbreviate(target),
            headers.stream().map(BadRequest::abbreviate).toList(),
            body.length,
            abbreviate(text),
            field);
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + ")";
  }
}
