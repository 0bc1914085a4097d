package com.boxoffice.checkout.contract.payment;

public record RetrievePaymentRequest(String paymentIntentId) {}
