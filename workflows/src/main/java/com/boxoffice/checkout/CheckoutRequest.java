package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import java.time.Duration;
import java.util.List;

/**
 * Everything one checkout needs, settings included, so that a running saga never depends on
 * configuration read later.
 */
public record CheckoutRequest(
    String checkoutId,
    String eventId,
    List<TicketLine> items,
    Customer customer,
    String paymentMethodId,
    Duration holdTtl,
    CaptureMethod captureMethod) {}
