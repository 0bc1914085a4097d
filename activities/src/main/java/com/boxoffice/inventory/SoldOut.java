package com.boxoffice.inventory;

import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import io.temporal.failure.ApplicationFailure;
import java.util.Arrays;
import java.util.List;

/**
 * The ticket types an order could not get. Its message is stored with the order, so a retry whose
 * first answer was lost fails with the very same words and details.
 */
record SoldOut(List<String> ticketTypeIds) {
  private static final String PREFIX = "Not enough seats left for: ";

  static SoldOut fromMessage(String message) {
    if (message == null || !message.startsWith(PREFIX)) {
      return new SoldOut(List.of());
    }
    return new SoldOut(Arrays.asList(message.substring(PREFIX.length()).split(", ")));
  }

  String message() {
    return PREFIX + String.join(", ", ticketTypeIds);
  }

  ApplicationFailure failure() {
    return ApplicationFailure.newNonRetryableFailure(
        message(), InventoryActivities.SOLD_OUT, List.copyOf(ticketTypeIds));
  }
}
