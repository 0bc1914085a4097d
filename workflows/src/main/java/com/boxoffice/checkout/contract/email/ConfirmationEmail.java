package com.boxoffice.email;

import com.boxoffice.inventory.Ticket;
import com.boxoffice.payment.Money;
import java.util.List;

/** The order confirmation with its ticket codes. */
public record ConfirmationEmail(
    String checkoutId,
    String toEmail,
    String toName,
    String eventName,
    Money amount,
    List<Ticket> tickets) {}
