package com.boxoffice.checkout;

import io.temporal.common.SearchAttributeKey;
import java.util.List;

/**
 * What operators search checkouts by, in the Temporal UI and with {@code temporal workflow list
 * --query}. The server must know each key before a workflow sets it: the launcher, CI and
 * docker-compose register {@link #ALL}.
 */
public final class CheckoutSearchAttributes {
  public static final SearchAttributeKey<String> CHECKOUT_ID =
      SearchAttributeKey.forKeyword("CheckoutId");
  public static final SearchAttributeKey<String> STATUS =
      SearchAttributeKey.forKeyword("CheckoutStatus");
  public static final SearchAttributeKey<String> EVENT_ID =
      SearchAttributeKey.forKeyword("EventId");
  public static final SearchAttributeKey<String> CUSTOMER_EMAIL =
      SearchAttributeKey.forKeyword("CustomerEmail");
  public static final SearchAttributeKey<String> PAYMENT_INTENT_ID =
      SearchAttributeKey.forKeyword("PaymentIntentId");

  /** The server-computed amount in minor units (cents), once the seats are held. */
  public static final SearchAttributeKey<Long> AMOUNT = SearchAttributeKey.forLong("AmountMinor");

  /** A compensation or the confirmation email keeps failing: an operator should look. */
  public static final SearchAttributeKey<Boolean> NEEDS_ATTENTION =
      SearchAttributeKey.forBoolean("NeedsAttention");

  public static final List<SearchAttributeKey<?>> ALL =
      List.of(
          CHECKOUT_ID,
          STATUS,
          EVENT_ID,
          CUSTOMER_EMAIL,
          PAYMENT_INTENT_ID,
          AMOUNT,
          NEEDS_ATTENTION);

  private CheckoutSearchAttributes() {}
}
