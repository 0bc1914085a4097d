package com.boxoffice.checkout;

public record StrayPayment(String paymentIntentId, String checkoutId, String stripeEventId) {}
