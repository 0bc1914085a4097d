package com.boxoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendGridTest {
  private final TestSandbox sandbox = TestSandbox.get();
  private final SendGrid sendGrid = sandbox.sendGrid("SG.sandbox-test-key");

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void sendIsAcceptedWithAMessageId() throws Exception {
    Response response = send(sendGrid, confirmation("ada@example.com", "Your tickets"));

    assertThat(response.getStatusCode()).isEqualTo(202);
    assertThat(response.getBody()).isEmpty();
    assertThat(response.getHeaders().get("X-Message-Id")).isNotBlank();
  }

  @Test
  void sentMailIsListedForItsRecipient() throws Exception {
    Mail mail = confirmation("ada@example.com", "Your tickets");
    mail.addCustomArg("checkout_id", "chk_1");
    Response response = send(sendGrid, mail);
    send(sendGrid, confirmation("bob@example.com", "Other"));

    JsonNode mails = sandbox.get("/sandbox/emails?to=ada@example.com");

    assertThat(mails).hasSize(1);
    JsonNode captured = mails.get(0);
    assertThat(captured.get("messageId").asText())
        .isEqualTo(response.getHeaders().get("X-Message-Id"));
    assertThat(captured.get("from").asText()).isEqualTo("tickets@boxoffice.test");
    assertThat(captured.get("subject").asText()).isEqualTo("Your tickets");
    assertThat(captured.get("text").asText()).isEqualTo("Enjoy the show");
    assertThat(captured.at("/customArgs/checkout_id").asText()).isEqualTo("chk_1");
  }

  @Test
  void mailsAreListedNewestFirst() throws Exception {
    send(sendGrid, confirmation("ada@example.com", "first"));
    send(sendGrid, confirmation("ada@example.com", "second"));

    JsonNode mails = sandbox.get("/sandbox/emails");

    assertThat(mails.get(0).get("subject").asText()).isEqualTo("second");
  }

  @Test
  void mailWithoutContentIsABadRequestNamingTheField() throws Exception {
    Mail mail = new Mail();
    mail.setFrom(new Email("tickets@boxoffice.test"));
    mail.setSubject("No content");
    Personalization to = new Personalization();
    to.addTo(new Email("ada@example.com"));
    mail.addPersonalization(to);

    Response response = send(sendGrid, mail);

    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(TestSandbox.parse(response.getBody()).at("/errors/0/field").asText())
        .isEqualTo("content");
    assertThat(sandbox.get("/sandbox/emails")).isEmpty();
  }

  @Test
  void mailWithoutRecipientsIsABadRequestNamingPersonalizations() throws Exception {
    Mail mail = new Mail();
    mail.setFrom(new Email("tickets@boxoffice.test"));
    mail.setSubject("Nobody");
    mail.addContent(new Content("text/plain", "Enjoy the show"));

    Response response = send(sendGrid, mail);

    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(TestSandbox.parse(response.getBody()).at("/errors/0/field").asText())
        .isEqualTo("personalizations");
  }

  @Test
  void sendWithoutSendGridKeyIsUnauthorized() throws Exception {
    Response response = send(sandbox.sendGrid("not-a-key"), confirmation("ada@example.com", "x"));

    assertThat(response.getStatusCode()).isEqualTo(401);
  }

  private static Mail confirmation(String to, String subject) {
    return new Mail(
        new Email("tickets@boxoffice.test"),
        subject,
        new Email(to),
        new Content("text/plain", "Enjoy the show"));
  }

  private static Response send(SendGrid sendGrid, Mail mail) throws IOException {
    Request request = new Request();
    request.setMethod(Method.POST);
    request.setEndpoint("mail/send");
    request.setBody(mail.build());
    return sendGrid.api(request);
  }
}
