package com.boxoffice.checkout;

public record Customer(String email, String name) {}
