package com.boxoffice.checkout.contract.email;

import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.checkout.contract.payment.Money;
import java.util.List;

/** The order confirmation with its ticket codes. */
public record ConfirmationEmail(
    String checkoutId,
    String toEmail,
    String toName,
    String eventName,
    Money amount,
    List<Ticket> tickets) {}
