package com.boxoffice.checkout.contract.inventory;

import java.util.List;

/** The order's tickets, the same list however many times confirmation runs. */
public record IssuedTickets(String checkoutId, List<Ticket> tickets) {}
