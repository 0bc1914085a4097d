package com.boxoffice.checkout;

public record CancelRequest(String reason) {}
