package com.boxoffice.checkout;

public record RefundRequest(String checkoutId, String paymentIntentId, String reason) {}
