package com.boxoffice.sandbox.email;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SendGrid's {@code POST /v3/mail/send}, capturing instead of sending, and the captured list. */
@RestController
class SendGridController {
  private static final TypeReference<Map<String, Object>> ARGS = new TypeReference<>() {};

  private final Mailbox mailbox;
  private final ObjectMapper json;

  SendGridController(Mailbox mailbox, ObjectMapper json) {
    this.mailbox = mailbox;
    this.json = json;
  }

  @PostMapping("/v3/mail/send")
  ResponseEntity<Object> send(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) String body) {
    if (authorization == null || !authorization.startsWith("Bearer SG")) {
      return errors(
          HttpStatus.UNAUTHORIZED,
          List.of(
              new MailValidator.Problem(
                  "The provided authorization grant is invalid, expired, or revoked", null, null)));
    }
    JsonNode mail;
    try {
      mail = json.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      mail = null;
    }
    if (mail == null || !mail.isObject()) {
      return errors(
          HttpStatus.BAD_REQUEST, List.of(new MailValidator.Problem("Bad Request", null, null)));
    }
    List<MailValidator.Problem> problems = MailValidator.problems(mail);
    if (!problems.isEmpty()) {
      return errors(HttpStatus.BAD_REQUEST, problems);
    }
    String messageId = messageId();
    mailbox.add(capture(mail, messageId));
    return ResponseEntity.accepted().header("X-Message-Id", messageId).build();
  }

  @GetMapping("/sandbox/emails")
  List<CapturedMail> captured(@RequestParam(required = false) String to) {
    return mailbox.list(to);
  }

  private CapturedMail capture(JsonNode mail, String messageId) {
    JsonNode first = mail.path("personalizations").get(0);
    List<String> to = new ArrayList<>();
    Map<String, Object> customArgs = new LinkedHashMap<>(map(mail.path("custom_args")));
    for (JsonNode personalization : mail.path("personalizations")) {
      personalization.path("to").forEach(address -> to.add(address.path("email").asText()));
      customArgs.putAll(map(personalization.path("custom_args")));
    }
    List<String> categories = new ArrayList<>();
    mail.path("categories").forEach(category -> categories.add(category.asText()));
    return new CapturedMail(
        messageId,
        List.copyOf(to),
        mail.path("from").path("email").asText(),
        first.hasNonNull("subject") ? first.get("subject").asText() : text(mail, "subject"),
        content(mail, "text/plain"),
        content(mail, "text/html"),
        text(mail, "template_id"),
        customArgs,
        List.copyOf(categories),
        Instant.now());
  }

  private Map<String, Object> map(JsonNode node) {
    return node.isObject() ? json.convertValue(node, ARGS) : Map.of();
  }

  private static String content(JsonNode mail, String type) {
    for (JsonNode block : mail.path("content")) {
      if (type.equalsIgnoreCase(block.path("type").asText())) {
        return block.path("value").asText();
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static ResponseEntity<Object> errors(
      HttpStatus status, List<MailValidator.Problem> problems) {
    return ResponseEntity.status(status).body(Map.of("errors", problems));
  }

  /** SendGrid's ids are 22 URL-safe characters. */
  private static String messageId() {
    UUID uuid = UUID.randomUUID();
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
      bytes[8 + i] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
