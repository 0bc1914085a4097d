package com.boxoffice.checkout;

/** A step failed for good: the saga ends with {@code finalStatus} once it has compensated. */
final class CheckoutFailed extends RuntimeException {
  private final CheckoutStatus finalStatus;
  private final CheckoutFailure failure;
  private final boolean leftNothingToUndo;

  private CheckoutFailed(
      CheckoutStatus finalStatus,
      String code,
      String message,
      Throwable cause,
      boolean leftNothingToUndo) {
    super(message, cause);
    this.finalStatus = finalStatus;
    this.failure = new CheckoutFailure(code, message);
    this.leftNothingToUndo = leftNothingToUndo;
  }

  CheckoutFailed(CheckoutStatus finalStatus, String code, String message, Throwable cause) {
    this(finalStatus, code, message, cause, false);
  }

  CheckoutFailed(CheckoutStatus finalStatus, String code, String message) {
    this(finalStatus, code, message, null);
  }

  /** The step was refused whole (a hold short of seats): nothing was written to undo. */
  static CheckoutFailed refused(CheckoutStatus finalStatus, String code, String message) {
    return new CheckoutFailed(finalStatus, code, message, null, true);
  }

  static CheckoutFailed cancelled(String reason) {
    return new CheckoutFailed(
        CheckoutStatus.CANCELLED,
        CheckoutFailure.CANCELLED,
        reason == null || reason.isBlank() ? "The checkout was cancelled" : "Cancelled: " + reason);
  }

  CheckoutStatus finalStatus() {
    return finalStatus;
  }

  CheckoutFailure failure() {
    return failure;
  }

  boolean leftNothingToUndo() {
    return leftNothingToUndo;
  }
}
