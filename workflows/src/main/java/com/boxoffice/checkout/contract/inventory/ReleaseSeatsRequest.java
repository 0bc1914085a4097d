package com.boxoffice.checkout.contract.inventory;

/**
 * Gives held seats back (idempotent: a hold already released, sold or never made is left alone) and
 * records the order's final status with it.
 */
public record ReleaseSeatsRequest(OrderStatusUpdate finalStatus) {}
