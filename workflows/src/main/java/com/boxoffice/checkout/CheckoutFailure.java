package com.boxoffice.checkout;

/** Why a checkout did not confirm: a stable {@code code} (sold-out, payment-declined, ...). */
public record CheckoutFailure(String code, String message) {
  public static final String SOLD_OUT = "sold-out";
  public static final String UNKNOWN_TICKET_TYPE = "unknown-ticket-type";
  public static final String PAYMENT_DECLINED = "payment-declined";
  public static final String PAYMENT_FAILED = "payment-failed";
  public static final String CAPTURE_FAILED = "capture-failed";
  public static final String EXPIRED = "hold-expired";
  public static final String CANCELLED = "cancelled";

  /** The seats could not be held for a reason other than a shortage (the database kept failing). */
  public static final String RESERVATION_FAILED = "reservation-failed";
}
