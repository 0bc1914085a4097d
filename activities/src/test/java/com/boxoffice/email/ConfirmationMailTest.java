package com.boxoffice.email;

import static com.boxoffice.email.EmailFixture.BUYER;
import static com.boxoffice.email.EmailFixture.CHECKOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.email.ConfirmationEmail;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.checkout.contract.payment.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfirmationMailTest {

  @Test
  void writesCentsAsADecimalAmount() {
    assertThat(ConfirmationMail.amount(new Money(15_050, "usd"))).isEqualTo("150.50 USD");
  }

  @Test
  void writesACurrencyWithoutMinorUnitsAsAWholeAmount() {
    assertThat(ConfirmationMail.amount(new Money(1_500, "jpy"))).isEqualTo("1500 JPY");
  }

  @Test
  void escapesTheEventNameInTheHtmlPart() {
    ConfirmationEmail email =
        new ConfirmationEmail(
            CHECKOUT,
            BUYER,
            "Ada",
            "Rock & <Roll>",
            new Money(100, "usd"),
            List.of(new Ticket("GA-1", "ga")));

    assertThat(ConfirmationMail.html(email))
        .contains("Rock &amp; &lt;Roll&gt;")
        .doesNotContain("<Roll>");
  }

  @Test
  void greetsTheBuyerWithoutANameWhenNoneIsGiven() {
    ConfirmationEmail email =
        new ConfirmationEmail(
            CHECKOUT, BUYER, null, "Summer Fest", new Money(100, "usd"), List.of());

    assertThat(ConfirmationMail.text(email)).startsWith("Hello,\n").doesNotContain("null");
  }
}
