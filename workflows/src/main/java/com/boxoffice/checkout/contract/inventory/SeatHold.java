package com.boxoffice.inventory;

import com.boxoffice.payment.Money;
import java.time.Instant;

/** Seats held for a checkout, priced by the server from the ticket types. */
public record SeatHold(String checkoutId, String eventName, Money amount, Instant holdUntil) {}
