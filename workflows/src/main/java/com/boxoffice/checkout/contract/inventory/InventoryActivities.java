package com.boxoffice.checkout.contract.inventory;

import io.temporal.activity.ActivityInterface;

/** Seats and orders in PostgreSQL. Every method is idempotent for a given checkout. */
@ActivityInterface
public interface InventoryActivities {
  /** Shares the checkout workflow's queue for now; its own queue is a one-line change here. */
  String TASK_QUEUE = "checkout";

  /** Failure type: fewer seats are left than the order asks for. Not retried. */
  String SOLD_OUT = "SoldOut";

  /** Failure type: the event or one of its ticket types does not exist. Not retried. */
  String UNKNOWN_TICKET_TYPE = "UnknownTicketType";

  /**
   * Failure type of {@link #confirmOrder}: the order's hold is no longer active (released or
   * lapsed), so its seats cannot be sold. Not retried.
   */
  String HOLD_NOT_ACTIVE = "HoldNotActive";

  SeatHold holdSeats(HoldSeatsRequest request);

  void releaseSeats(ReleaseSeatsRequest request);

  void recordStatus(OrderStatusUpdate update);

  IssuedTickets confirmOrder(ConfirmOrderRequest request);

  void revokeTickets(RevokeTicketsRequest request);
}
