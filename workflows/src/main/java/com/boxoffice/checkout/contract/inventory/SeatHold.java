package com.boxoffice.checkout.contract.inventory;

import com.boxoffice.checkout.contract.payment.Money;
import java.time.Instant;

/** Seats held for a checkout, priced by the server from the ticket types. */
public record SeatHold(String checkoutId, String eventName, Money amount, Instant holdUntil) {}
