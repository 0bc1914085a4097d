package com.boxoffice.checkout.contract.inventory;

import java.time.Instant;
import java.util.List;

/** Inserts the order and its items and holds their seats until {@code holdUntil}, all or none. */
public record HoldSeatsRequest(
    String checkoutId,
    String eventId,
    List<TicketLine> items,
    String customerEmail,
    String customerName,
    Instant holdUntil) {}
