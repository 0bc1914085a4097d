package com.boxoffice.inventory;

/** After a refund: voids the order's tickets, returns its sold seats and marks it refunded. */
public record RevokeTicketsRequest(String checkoutId) {}
