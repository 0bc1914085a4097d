package com.boxoffice.checkout.contract.inventory;

/** After a refund: voids the order's tickets, returns its sold seats and marks it refunded. */
public record RevokeTicketsRequest(String checkoutId) {}
