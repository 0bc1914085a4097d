package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.checkout.contract.payment.Money;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.List;

/**
 * The saga's mutable state; queries and updates hand out {@link #snapshot()}s of it. Operators and
 * dashboards follow it too, so each change is passed on to them here, where it happens.
 */
final class Checkout implements RetryRounds.Pauses {
  private final CheckoutRequest request;
  private final OperatorView view;
  private final CheckoutMetrics metrics;
  private final Instant createdAt;
  private Instant updatedAt;
  private CheckoutStatus status = CheckoutStatus.RESERVING;
  private CheckoutStatus outcome;
  private CheckoutFailure failure;
  private Money amount;
  private Instant expiresAt;
  private String paymentIntentId;
  private String clientSecret;
  private String paymentStatus;
  private List<Ticket> tickets = List.of();
  private boolean needsAttention;
  private boolean paymentReady;
  private boolean cancelRequested;
  private String cancelReason;
  private boolean waiting;
  private String detailsBeforePause;

  private final SagaVersion version;

  Checkout(
      CheckoutRequest request, SagaVersion version, OperatorView view, CheckoutMetrics metrics) {
    this.request = request;
    this.version = version;
    this.view = view;
    this.metrics = metrics;
    this.createdAt = now();
    this.updatedAt = createdAt;
  }

  CheckoutState snapshot() {
    return new CheckoutState(
        request.checkoutId(),
        status,
        request.eventId(),
        request.items(),
        amount,
        request.customer().email(),
        paymentIntentId,
        clientSecret,
        paymentStatus,
        tickets,
        failure,
        needsAttention,
        expiresAt,
        createdAt,
        updatedAt);
  }

  String checkoutId() {
    return request.checkoutId();
  }

  /** Shows operators the checkout as its run starts, the saga's version decided. */
  void begins() {
    view.started(request, version.oneTask());
  }

  /**
   * Whether the API's starting update can be answered: once the intent exists and, since {@link
   * SagaVersion#ONE_TASK}, once the saga is confirmed or must wait (for the buyer, a webhook or a
   * retry), so that a card needing no 3-D Secure is answered confirmed; or once it failed.
   */
  boolean readyToAnswer() {
    if (failure != null) {
      return true;
    }
    if (!version.decided() || !paymentReady) {
      return false;
    }
    return !version.oneTask() || status == CheckoutStatus.CONFIRMED || waiting;
  }

  /** The saga is about to wait or end: what it changed reaches operators now. */
  void waits() {
    waiting = true;
    view.flush();
  }

  void resumes() {
    waiting = false;
  }

  @Override
  public void pausing(String summary, ActivityFailure failure, int attempts, Instant retryAt) {
    detailsBeforePause = view.details();
    currently(OperatorView.retrying(summary, failure, attempts, retryAt));
    waits();
  }

  @Override
  public void resumed() {
    resumes();
    currently(detailsBeforePause);
  }

  CheckoutStatus status() {
    return status;
  }

  String paymentIntentId() {
    return paymentIntentId;
  }

  String paymentStatus() {
    return paymentStatus;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  CheckoutFailure failure() {
    return failure;
  }

  boolean paymentReady() {
    return paymentReady;
  }

  boolean cancelRequested() {
    return cancelRequested;
  }

  String cancelReason() {
    return cancelReason;
  }

  void held(Money amount, Instant expiresAt) {
    this.amount = amount;
    this.expiresAt = expiresAt;
    view.amount(amount);
    metrics.held();
    touch();
  }

  void paymentCreated(PaymentIntentStatus intent) {
    paymentIntentId = intent.paymentIntentId();
    clientSecret = intent.clientSecret();
    paymentStatus = intent.status();
    view.paymentIntent(paymentIntentId);
    moveTo(CheckoutStatus.AWAITING_PAYMENT);
  }

  /** A declined card still leaves an intent behind, which compensation may void. */
  void paymentIntentSeen(String id) {
    if (paymentIntentId == null) {
      paymentIntentId = id;
      view.paymentIntent(id);
    }
  }

  void paymentStatus(String status) {
    paymentStatus = status;
    touch();
  }

  void markPaymentReady() {
    paymentReady = true;
  }

  void requestCancel(String reason) {
    cancelRequested = true;
    cancelReason = reason;
    touch();
  }

  void confirmed(List<Ticket> issued) {
    tickets = List.copyOf(issued);
    moveTo(CheckoutStatus.CONFIRMED);
  }

  void needsAttention(boolean flag) {
    needsAttention = flag;
    view.needsAttention(flag);
    touch();
  }

  void moveTo(CheckoutStatus next) {
    status = next;
    view.status(next);
    if (next.isTerminal()) {
      metrics.ended(next);
    }
    touch();
  }

  /** What the saga is doing now and what it waits for, in words an operator acts on. */
  void currently(String details) {
    view.details(details);
  }

  /** Sets the failure at once, so a waiting update answers before compensation finishes. */
  void failing(CheckoutStatus finalStatus, CheckoutFailure why) {
    outcome = finalStatus;
    failure = why;
    moveTo(CheckoutStatus.COMPENSATING);
  }

  void ended() {
    moveTo(outcome);
    currently("**" + outcome + "**: " + failure.message());
  }

  /** What releasing the seats records in the database as the order's final status. */
  OrderStatusUpdate finalRecord() {
    return new OrderStatusUpdate(
        request.checkoutId(),
        outcome.name(),
        paymentIntentId,
        paymentStatus,
        failure.code(),
        failure.message(),
        null);
  }

  private void touch() {
    updatedAt = now();
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
