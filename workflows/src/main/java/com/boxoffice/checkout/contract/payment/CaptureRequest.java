package com.boxoffice.payment;

public record CaptureRequest(String paymentIntentId, String idempotencyKey) {}
