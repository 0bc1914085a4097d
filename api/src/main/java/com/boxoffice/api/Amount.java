package com.boxoffice.api;

/** Money on the wire: minor units and a lower-case ISO currency, as Stripe counts it. */
public record Amount(long value, String currency) {}
