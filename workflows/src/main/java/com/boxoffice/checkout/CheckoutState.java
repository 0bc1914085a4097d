package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.checkout.contract.payment.Money;
import java.time.Instant;
import java.util.List;

/** The checkout's live state, as the workflow knows it. */
public record CheckoutState(
    String checkoutId,
    CheckoutStatus status,
    String eventId,
    List<TicketLine> items,
    Money amount,
    String customerEmail,
    String paymentIntentId,
    String clientSecret,
    String paymentStatus,
    List<Ticket> tickets,
    CheckoutFailure failure,
    boolean needsAttention,
    Instant expiresAt,
    Instant createdAt,
    Instant updatedAt) {}
