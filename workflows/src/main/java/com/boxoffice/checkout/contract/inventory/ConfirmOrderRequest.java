package com.boxoffice.checkout.contract.inventory;

/** Turns the held seats into sold ones, marks the order confirmed and issues its tickets. */
public record ConfirmOrderRequest(
    String checkoutId, String paymentIntentId, String paymentStatus) {}
