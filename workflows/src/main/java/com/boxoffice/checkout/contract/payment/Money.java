package com.boxoffice.checkout.contract.payment;

/** An amount in the currency's minor unit (cents for usd), as Stripe counts it. */
public record Money(long value, String currency) {}
