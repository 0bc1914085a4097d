package com.boxoffice.checkout.contract.inventory;

/** One issued ticket: one seat, one unique code. */
public record Ticket(String code, String ticketTypeId) {}
