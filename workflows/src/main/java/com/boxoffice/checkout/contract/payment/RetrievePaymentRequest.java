package com.boxoffice.payment;

public record RetrievePaymentRequest(String paymentIntentId) {}
