package com.boxoffice.api.checkout;

import java.util.List;

/**
 * What the catalog says a checkout costs when the request arrives, for operators to read. The saga
 * prices the order again when it holds the seats; that amount is the one charged.
 */
record Quote(String eventId, String eventName, String currency, List<Line> lines) {

  record Line(String ticketTypeId, String name, int quantity, long unitPriceMinor) {}

  long totalMinor() {
    return lines.stream().mapToLong(line -> line.unitPriceMinor() * line.quantity()).sum();
  }
}
