package com.boxoffice.checkout.contract.email;

/** {@code alreadySent} is true when the ledger showed an earlier delivery and nothing was sent. */
public record EmailReceipt(String checkoutId, String providerMessageId, boolean alreadySent) {}
