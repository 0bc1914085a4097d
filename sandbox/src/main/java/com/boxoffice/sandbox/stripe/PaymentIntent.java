package com.boxoffice.sandbox.stripe;

import com.boxoffice.sandbox.StripeIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A PaymentIntent and its state machine. Every change and every read of the mutable state happens
 * under the intent's own lock ({@link #locked}), so concurrent calls on one intent serialize while
 * calls on different intents do not contend.
 */
final class PaymentIntent {
  record Creation(
      long amount,
      String currency,
      String captureMethod,
      Map<String, String> metadata,
      String description,
      String receiptEmail,
      Map<String, Object> automaticPaymentMethods,
      List<String> paymentMethodTypes,
      String apiVersion) {}

  private static final Set<String> CONFIRMABLE =
      Set.of("requires_payment_method", "requires_confirmation", "requires_action");
  private static final Set<String> CANCELABLE =
      Set.of(
          "requires_payment_method",
          "requires_confirmation",
          "requires_action",
          "requires_capture");

  final String id = StripeIds.next("pi");
  final Creation creation;
  final long created = Instant.now().getEpochSecond();
  final String clientSecret = id + "_secret_" + StripeIds.random();
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Refund> refunds = new ArrayList<>();
  private String status;
  private String paymentMethod;
  private long amountCapturable;
  private long amountReceived;
  private long amountRefunded;
  private int captureCount;
  private String latestCharge;
  private boolean chargeFailed;
  private Map<String, Object> lastPaymentError;
  private Map<String, Object> nextAction;
  private String cancellationReason;
  private Long canceledAt;

  PaymentIntent(Creation creation, String paymentMethod) {
    this.creation = creation;
    this.paymentMethod = paymentMethod;
    this.status = paymentMethod == null ? "requires_payment_method" : "requires_confirmation";
  }

  <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  boolean manual() {
    return creation.captureMethod().equals("manual");
  }

  String status() {
    return status;
  }

  String paymentMethod() {
    return paymentMethod;
  }

  long refundable() {
    return amountReceived - amountRefunded;
  }

  void confirmWith(String paymentMethod) {
    if (!CONFIRMABLE.contains(status)) {
      throw StripeApiException.unexpectedState(this, "confirmed", CONFIRMABLE);
    }
    this.paymentMethod = paymentMethod;
    lastPaymentError = null;
    nextAction = null;
  }

  /** The card was authorized (or charged at once, for automatic capture). */
  void authorize() {
    latestCharge = StripeIds.next("ch");
    chargeFailed = false;
    nextAction = null;
    if (manual()) {
      status = "requires_capture";
      amountCapturable = creation.amount();
    } else {
      status = "succeeded";
      amountReceived = creation.amount();
      captureCount++;
    }
  }

  void decline(TestCard card) {
    latestCharge = StripeIds.next("ch");
    chargeFailed = true;
    status = "requires_payment_method";
    lastPaymentError =
        ChargeJson.cardError(card.declineCode, card.declineMessage, latestCharge, paymentMethod);
  }

  void requireAction() {
    status = "requires_action";
    nextAction = ChargeJson.threeDSecureAction(id);
  }

  void failAuthentication() {
    status = "requires_payment_method";
    nextAction = null;
    lastPaymentError = ChargeJson.authenticationFailure(paymentMethod);
  }

  void capture(Long amountToCapture) {
    if (!status.equals("requires_capture")) {
      throw StripeApiException.unexpectedState(this, "captured", Set.of("requires_capture"));
    }
    long amount = amountToCapture == null ? amountCapturable : amountToCapture;
    if (amount > amountCapturable || amount <= 0) {
      throw StripeApiException.invalidRequest(
          "amount_too_large",
          "amount_to_capture",
          "The amount_to_capture must be positive and at most the amount_capturable ("
              + amountCapturable
              + ").");
    }
    amountReceived = amount;
    amountCapturable = 0;
    captureCount++;
    status = "succeeded";
  }

  void cancel(String reason) {
    if (!CANCELABLE.contains(status)) {
      throw StripeApiException.unexpectedState(this, "canceled", CANCELABLE);
    }
    status = "canceled";
    amountCapturable = 0;
    nextAction = null;
    cancellationReason = reason;
    canceledAt = Instant.now().getEpochSecond();
  }

  void refunded(Refund refund) {
    refunds.add(refund);
    amountRefunded += refund.amount();
  }

  Map<String, Object> lastPaymentError() {
    return lastPaymentError;
  }

  String latestCharge() {
    return latestCharge;
  }

  /** The mutable part, copied under the lock for rendering. */
  record State(
      String status,
      String paymentMethod,
      long amountCapturable,
      long amountReceived,
      long amountRefunded,
      int captureCount,
      String latestCharge,
      boolean chargeFailed,
      Map<String, Object> lastPaymentError,
      Map<String, Object> nextAction,
      String cancellationReason,
      Long canceledAt,
      List<Refund> refunds) {}

  State state() {
    return new State(
        status,
        paymentMethod,
        amountCapturable,
        amountReceived,
        amountRefunded,
        captureCount,
        latestCharge,
        chargeFailed,
        lastPaymentError,
        nextAction,
        cancellationReason,
        canceledAt,
        List.copyOf(refunds));
  }

  /** Stripe's JSON; {@code expandCharge} renders {@code latest_charge} as the Charge object. */
  Map<String, Object> json(boolean expandCharge) {
    return PaymentIntentJson.intent(this, state(), expandCharge);
  }

  Map<String, Object> chargeJson() {
    return PaymentIntentJson.charge(this, state());
  }

  /** The sandbox's own view for {@code GET /sandbox/payment_intents}. */
  IntentView view() {
    return IntentView.of(this, state());
  }
}
