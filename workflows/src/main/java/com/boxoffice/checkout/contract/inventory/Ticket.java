package com.boxoffice.inventory;

/** One issued ticket: one seat, one unique code. */
public record Ticket(String code, String ticketTypeId) {}
