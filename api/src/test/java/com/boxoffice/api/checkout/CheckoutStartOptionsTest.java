package com.boxoffice.api.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.api.OperatorText;
import com.boxoffice.checkout.CheckoutRequest;
import com.boxoffice.checkout.CheckoutSearchAttributes;
import com.boxoffice.checkout.Customer;
import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The start's search attributes, summary and details: the fake saga's start only ever shows one
 * ticket type.
 */
class CheckoutStartOptionsTest {

  private static CheckoutRequest request(Quote quote, String buyerName) {
    return new CheckoutRequest(
        "co_test",
        quote.eventId(),
        quote.lines().stream().map(l -> new TicketLine(l.ticketTypeId(), l.quantity())).toList(),
        new Customer("ada@example.com", buyerName),
        null,
        Duration.ofMinutes(15),
        CaptureMethod.AUTOMATIC);
  }

  private static Quote festival(List<Quote.Line> lines) {
    return new Quote("demo-festival", "Demo Festival", "usd", lines);
  }

  @Test
  void startsTheSagaWithEveryAttributeItWouldOtherwiseUpsertItself() {
    Quote quote = festival(List.of(new Quote.Line("ga", "General admission", 1, 15000, 1000)));
    var attributes =
        CheckoutStartOptions.of(request(quote, "Ada"), quote).getTypedSearchAttributes();

    assertThat(attributes.get(CheckoutSearchAttributes.CHECKOUT_ID)).isEqualTo("co_test");
    assertThat(attributes.get(CheckoutSearchAttributes.STATUS)).isEqualTo("RESERVING");
    assertThat(attributes.get(CheckoutSearchAttributes.EVENT_ID)).isEqualTo("demo-festival");
    assertThat(attributes.get(CheckoutSearchAttributes.CUSTOMER_EMAIL))
        .isEqualTo("ada@example.com");
    assertThat(attributes.get(CheckoutSearchAttributes.NEEDS_ATTENTION)).isFalse();
  }

  @Test
  void summarisesEachTicketTypeWithItsQuantity() {
    Quote quote =
        festival(
            List.of(
                new Quote.Line("ga", "General admission", 2, 30000, 1000),
                new Quote.Line("vip", "VIP", 1, 15000, 1000)));
    assertThat(CheckoutStartOptions.summary(request(quote, "Ada"), quote))
        .isEqualTo(
            "2 × General admission, 1 × VIP · demo-festival · ada@example.com · 750.00 USD quoted");
  }

  @Test
  void shortensLongTicketTypeNamesButKeepsTheBuyerAndTheAmount() {
    Quote quote =
        festival(
            IntStream.range(0, 10)
                .mapToObj(i -> new Quote.Line("t" + i, "Ü".repeat(200), 1, 100, 1000))
                .toList());
    String summary = CheckoutStartOptions.summary(request(quote, "Ada"), quote);
    assertThat(OperatorText.size(summary)).isLessThanOrEqualTo(OperatorText.SUMMARY_BYTES);
    assertThat(summary).contains("… · demo-festival · ada@example.com · 10.00 USD quoted");
  }

  @Test
  void showsABuyersMarkdownLiterally() {
    Quote quote = festival(List.of(new Quote.Line("ga", "General admission", 1, 100, 1000)));
    assertThat(CheckoutStartOptions.details(request(quote, "*Ada* | [x](y)"), quote))
        .contains("- **Buyer:** \\*Ada\\* \\| \\[x\\](y), ada@example.com");
  }

  @Test
  void saysWhenNoPaymentMethodCameWithTheRequest() {
    Quote quote = festival(List.of(new Quote.Line("ga", "General admission", 1, 100, 1000)));
    assertThat(CheckoutStartOptions.details(request(quote, "Ada"), quote))
        .contains("- **Payment method:** not given");
  }
}
