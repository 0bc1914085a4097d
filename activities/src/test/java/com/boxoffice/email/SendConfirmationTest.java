package com.boxoffice.email;

import static com.boxoffice.email.EmailFixture.BUYER;
import static com.boxoffice.email.EmailFixture.CHECKOUT;
import static com.boxoffice.email.EmailFixture.TICKETS;
import static com.boxoffice.email.EmailFixture.confirmation;
import static com.boxoffice.email.EmailFixture.emails;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.email.EmailReceipt;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.testkit.PostgresExtension;
import com.boxoffice.testkit.SandboxExtension;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SendConfirmationTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  private EmailFixture fixture;
  private SendGridEmailActivities emails;

  @BeforeEach
  void confirmedOrder() {
    fixture = new EmailFixture(postgres.dsl());
    fixture.order(CHECKOUT, BUYER);
    emails = emails(sandbox.baseUrl(), postgres.dsl());
  }

  @Test
  void mailsTheBuyerEveryTicketCodeInTextAndHtml() {
    emails.sendConfirmation(confirmation(CHECKOUT, BUYER));

    JsonNode mails = sandbox.emails(BUYER);
    assertThat(mails).hasSize(1);
    JsonNode mail = mails.get(0);
    assertThat(mail.path("subject").asText()).isEqualTo("Your tickets for Summer Fest");
    for (Ticket ticket : TICKETS) {
      assertThat(mail.path("text").asText()).contains(ticket.code());
      assertThat(mail.path("html").asText()).contains(ticket.code());
    }
  }

  @Test
  void statesTheAmountPaidAndTheOrderReference() {
    emails.sendConfirmation(confirmation(CHECKOUT, BUYER));

    String text = sandbox.emails(BUYER).get(0).path("text").asText();
    assertThat(text).contains("700.00 USD").contains(CHECKOUT);
  }

  @Test
  void tagsTheMailWithItsCheckoutSoADuplicateCanBeTraced() {
    emails.sendConfirmation(confirmation(CHECKOUT, BUYER));

    JsonNode customArgs = sandbox.emails(BUYER).get(0).path("customArgs");
    assertThat(customArgs.path("checkout_id").asText()).isEqualTo(CHECKOUT);
    assertThat(customArgs.path("kind").asText()).isEqualTo("CONFIRMATION");
  }

  @Test
  void recordsTheDeliveryAsSentWithSendGridsMessageId() {
    EmailReceipt receipt = emails.sendConfirmation(confirmation(CHECKOUT, BUYER));

    var delivery = fixture.delivery(CHECKOUT);
    assertThat(delivery.getStatus()).isEqualTo("SENT");
    assertThat(delivery.getAttempts()).isEqualTo(1);
    assertThat(delivery.getProviderMessageId())
        .isEqualTo(receipt.providerMessageId())
        .isEqualTo(sandbox.emails(BUYER).get(0).path("messageId").asText());
    assertThat(receipt.alreadySent()).isFalse();
  }

  @Test
  void doesNotMailAgainWhenTheLedgerSaysSent() {
    EmailReceipt first = emails.sendConfirmation(confirmation(CHECKOUT, BUYER));

    EmailReceipt second = emails.sendConfirmation(confirmation(CHECKOUT, BUYER));

    assertThat(second.alreadySent()).isTrue();
    assertThat(second.providerMessageId()).isEqualTo(first.providerMessageId());
    assertThat(sandbox.emails(BUYER)).hasSize(1);
  }

  @Test
  void keepsOneLedgerRowPerCheckout() {
    fixture.order("c2", "grace@example.com");

    emails.sendConfirmation(confirmation(CHECKOUT, BUYER));
    emails.sendConfirmation(confirmation("c2", "grace@example.com"));

    assertThat(sandbox.emails(BUYER)).hasSize(1);
    assertThat(sandbox.emails("grace@example.com")).hasSize(1);
    assertThat(fixture.delivery("c2").getStatus()).isEqualTo("SENT");
  }
}
