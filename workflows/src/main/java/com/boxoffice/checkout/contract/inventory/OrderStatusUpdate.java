package com.boxoffice.checkout.contract.inventory;

/**
 * The checkout's progress as the database records it for frontends and accountants. Null fields
 * leave the stored value unchanged.
 */
public record OrderStatusUpdate(
    String checkoutId,
    String status,
    String paymentIntentId,
    String paymentStatus,
    String failureCode,
    String failureMessage,
    Boolean needsAttention) {

  public static OrderStatusUpdate status(String checkoutId, String status) {
    return new OrderStatusUpdate(checkoutId, status, null, null, null, null, null);
  }
}
