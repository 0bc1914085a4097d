package com.boxoffice.loadtest.engine.saga;

import com.boxoffice.checkout.CheckoutSearchAttributes;
import com.boxoffice.checkout.CheckoutStatus;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import io.temporal.workflow.Workflow;

/**
 * What a checkout carries for operators and a bare bench saga does not, given to a bench saga when
 * the comparison starts the reference sagas as checkouts ({@code
 * -Dengine.referenceStart=checkout}): the same search attributes at the start and at the end, and a
 * summary and details of the length the API writes for a two-ticket order. The values are made up;
 * their shape and size are a checkout's.
 */
final class CheckoutLike {
  static final String EVENT_ID = "engine-reference";
  static final long AMOUNT_MINOR = 30_000;

  private CheckoutLike() {}

  static WorkflowOptions.Builder start(WorkflowOptions.Builder options, String sagaId) {
    return options
        .setTypedSearchAttributes(
            SearchAttributes.newBuilder()
                .set(CheckoutSearchAttributes.CHECKOUT_ID, sagaId)
                .set(CheckoutSearchAttributes.STATUS, CheckoutStatus.RESERVING.name())
                .set(CheckoutSearchAttributes.EVENT_ID, EVENT_ID)
                .set(CheckoutSearchAttributes.CUSTOMER_EMAIL, "buyer@example.com")
                .set(CheckoutSearchAttributes.NEEDS_ATTENTION, false)
                .build())
        .setStaticSummary(
            "2 × General admission · %s · buyer@example.com · 300.00 USD quoted"
                .formatted(EVENT_ID))
        .setStaticDetails(details(sagaId));
  }

  /** In the workflow, as it ends: the status, the amount and the intent, as a checkout's saga. */
  static void end(String sagaId) {
    Workflow.upsertTypedSearchAttributes(
        CheckoutSearchAttributes.STATUS.valueSet(CheckoutStatus.CONFIRMED.name()),
        CheckoutSearchAttributes.AMOUNT.valueSet(AMOUNT_MINOR),
        CheckoutSearchAttributes.PAYMENT_INTENT_ID.valueSet("pi_" + sagaId));
  }

  private static String details(String sagaId) {
    return """
    **Checkout** `%s` for **Engine reference** (`%s`)

    | Ticket type | Quantity | Unit price | Subtotal |
    |---|---:|---:|---:|
    | General admission (`general`) | 2 | 150.00 USD | 300.00 USD |
    | **Quoted total** | | | **300.00 USD** |

    - **Buyer:** Bench Buyer, buyer@example.com
    - **Payment method:** given (`pm_card_visa`), confirmed with the intent
    - **Seat hold:** 15 min (PT15M)
    - **Capture:** manual: authorized now, captured once the seats are confirmed

    The quote is the catalog's price when the request arrived; the amount held and charged is\
     the seats' price when the saga holds them (AmountMinor).
    """
        .formatted(sagaId, EVENT_ID);
  }
}
