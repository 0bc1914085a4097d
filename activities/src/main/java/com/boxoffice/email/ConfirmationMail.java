package com.boxoffice.email;

import com.boxoffice.checkout.contract.email.ConfirmationEmail;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.checkout.contract.payment.Money;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** The confirmation as SendGrid's mail: a text and an HTML part with every ticket. */
final class ConfirmationMail {
  private ConfirmationMail() {}

  /**
   * {@code custom_args} come back in SendGrid's event webhook and activity feed, so a duplicate
   * from the ledger's unavoidable window can be traced to its checkout.
   */
  static Mail of(ConfirmationEmail email, String kind, String fromEmail) {
    Mail mail =
        new Mail(
            new Email(fromEmail),
            "Your tickets for " + email.eventName(),
            new Email(email.toEmail(), email.toName()),
            new Content("text/plain", text(email)));
    mail.addContent(new Content("text/html", html(email)));
    mail.addCustomArg("checkout_id", email.checkoutId());
    mail.addCustomArg("kind", kind);
    return mail;
  }

  static String text(ConfirmationEmail email) {
    StringBuilder text =
        new StringBuilder()
            .append(greeting(email))
            .append("\n\nYour order for ")
            .append(email.eventName())
            .append(" is confirmed.\n\nTickets:\n");
    for (Ticket ticket : email.tickets()) {
      text.append("  ").append(ticket.code()).append("  (").append(ticket.ticketTypeId());
      text.append(")\n");
    }
    return text.append("\nTotal paid: ")
        .append(amount(email.amount()))
        .append("\nOrder reference: ")
        .append(email.checkoutId())
        .append("\n")
        .toString();
  }

  static String html(ConfirmationEmail email) {
    StringBuilder html =
        new StringBuilder()
            .append("<p>")
            .append(escape(greeting(email)))
            .append("</p><p>Your order for <strong>")
            .append(escape(email.eventName()))
            .append("</strong> is confirmed.</p><table><tr><th>Ticket</th><th>Type</th></tr>");
    for (Ticket ticket : email.tickets()) {
      html.append("<tr><td><code>")
          .append(escape(ticket.code()))
          .append("</code></td><td>")
          .append(escape(ticket.ticketTypeId()))
          .append("</td></tr>");
    }
    return html.append("</table><p>Total paid: ")
        .append(escape(amount(email.amount())))
        .append("<br>Order reference: ")
        .append(escape(email.checkoutId()))
        .append("</p>")
        .toString();
  }

  private static String greeting(ConfirmationEmail email) {
    String name = email.toName();
    return name == null || name.isBlank() ? "Hello," : "Hello " + name + ",";
  }

  /**
   * Minor units in the currency's own precision: 15000 usd is "150.00 USD", 1500 jpy "1500 JPY".
   */
  static String amount(Money money) {
    String code = money.currency().toUpperCase(Locale.ROOT);
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    } catch (IllegalArgumentException unknownToTheJdk) {
      digits = 2;
    }
    return BigDecimal.valueOf(money.value(), digits).toPlainString() + " " + code;
  }

  private static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
