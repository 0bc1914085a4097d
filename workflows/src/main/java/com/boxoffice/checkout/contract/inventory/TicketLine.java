package com.boxoffice.checkout.contract.inventory;

/** How many seats of one ticket type an order asks for. */
public record TicketLine(String ticketTypeId, int quantity) {}
