package com.boxoffice.checkout.contract.payment;

public record CaptureRequest(String paymentIntentId, String idempotencyKey) {}
