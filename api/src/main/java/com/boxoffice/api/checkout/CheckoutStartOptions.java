package com.boxoffice.api.checkout;

import static com.boxoffice.api.OperatorText.markdown;
import static com.boxoffice.api.OperatorText.money;
import static com.boxoffice.api.OperatorText.oneLine;

import com.boxoffice.api.OperatorText;
import com.boxoffice.checkout.CheckoutRequest;
import com.boxoffice.checkout.CheckoutSearchAttributes;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * How a checkout's workflow starts, and what an operator sees of it before the saga has done
 * anything: the keys to find it by, a one-line summary and Markdown details. The saga keeps the
 * search attributes current from then on; the summary and details never change.
 */
final class CheckoutStartOptions {
  private CheckoutStartOptions() {}

  static WorkflowOptions of(CheckoutRequest request, Quote quote) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(CheckoutWorkflow.workflowId(request.checkoutId()))
        .setTaskQueue(CheckoutWorkflow.TASK_QUEUE)
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setTypedSearchAttributes(
            SearchAttributes.newBuilder()
                .set(CheckoutSearchAttributes.CHECKOUT_ID, request.checkoutId())
                .set(CheckoutSearchAttributes.STATUS, CheckoutStatus.RESERVING.name())
                .set(CheckoutSearchAttributes.EVENT_ID, request.eventId())
                .set(CheckoutSearchAttributes.CUSTOMER_EMAIL, request.customer().email())
                .set(CheckoutSearchAttributes.NEEDS_ATTENTION, false)
                .build())
        .setStaticSummary(summary(request, quote))
        .setStaticDetails(details(request, quote))
        .build();
  }

  /**
   * {@code 2 × General admission, 1 × VIP · summer-fest · ada@example.com · 750.00 USD quoted}. The
   * amount is labelled: it is the catalog's price when the request came, and an organiser may
   * change prices before the saga holds the seats; AmountMinor holds what is charged.
   */
  static String summary(CheckoutRequest request, Quote quote) {
    // Who and how much matter most at a glance: many long ticket-type names give way first.
    String tail =
        OperatorText.fit(
            " · %s · %s · %s quoted"
                .formatted(
                    request.eventId(),
                    oneLine(request.customer().email()),
                    money(quote.totalMinor(), quote.currency())),
            OperatorText.SUMMARY_BYTES / 2);
    String lines =
        quote.lines().stream()
            .map(line -> line.quantity() + " × " + oneLine(line.name()))
            .collect(Collectors.joining(", "));
    return OperatorText.fit(lines, OperatorText.SUMMARY_BYTES - OperatorText.size(tail)) + tail;
  }

  static String details(CheckoutRequest request, Quote quote) {
    StringBuilder text = new StringBuilder();
    text.append(
        "**Checkout** `%s` for **%s** (`%s`)\n\n"
            .formatted(request.checkoutId(), markdown(quote.eventName()), request.eventId()));
    text.append("| Ticket type | Quantity | Unit price | Subtotal |\n|---|---:|---:|---:|\n");
    for (Quote.Line line : quote.lines()) {
      text.append(
          "| %s (`%s`) | %d | %s | %s |\n"
              .formatted(
                  markdown(line.name()),
                  line.ticketTypeId(),
                  line.quantity(),
                  money(line.unitPriceMinor(), quote.currency()),
                  money(line.unitPriceMinor() * line.quantity(), quote.currency())));
    }
    text.append(
        "| **Quoted total** | | | **%s** |\n\n"
            .formatted(money(quote.totalMinor(), quote.currency())));
    text.append(
        "- **Buyer:** %s, %s\n"
            .formatted(markdown(request.customer().name()), markdown(request.customer().email())));
    text.append("- **Payment method:** %s\n".formatted(paymentMethod(request.paymentMethodId())));
    text.append("- **Seat hold:** %s\n".formatted(readable(request.holdTtl())));
    text.append("- **Capture:** %s\n\n".formatted(capture(request.captureMethod())));
    text.append(
        "The quote is the catalog's price when the request arrived; the amount held and charged is"
            + " the search attribute `AmountMinor`, set by the saga.\n");
    return text.toString();
  }

  private static String paymentMethod(String paymentMethodId) {
    return paymentMethodId == null
        ? "not given: the buyer confirms the payment intent in the browser"
        : "given (`" + paymentMethodId + "`), confirmed with the intent";
  }

  private static String capture(CaptureMethod method) {
    return method == CaptureMethod.AUTOMATIC
        ? "automatic: charged at once, undone by a refund"
        : "manual: authorized now, captured once the seats are confirmed";
  }

  private static String readable(Duration duration) {
    return duration.toSecondsPart() == 0 && duration.toMillisPart() == 0
        ? duration.toMinutes() + " min (" + duration + ")"
        : duration.toString();
  }
}
