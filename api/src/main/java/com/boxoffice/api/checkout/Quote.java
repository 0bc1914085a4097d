package com.boxoffice.api.checkout;

import java.util.List;

/**
 * What the catalog says a checkout costs when the request arrives, for operators to read, and how
 * many seats were left then. The saga prices the order again when it holds the seats; that amount
 * is the one charged, and only its hold decides whether the seats are had.
 */
record Quote(String eventId, String eventName, String currency, List<Line> lines) {

  /**
   * @param seatsLeft capacity less the seats held or sold when the catalog was read
   */
  record Line(String ticketTypeId, String name, int quantity, long unitPriceMinor, int seatsLeft) {}

  /**
   * Seats were short when the request came: the hold would be refused, so the answer needs no saga.
   * Seats held now may be released later, which makes this an answer for now, as the hold's.
   */
  boolean seatsShort() {
    return lines.stream().anyMatch(line -> line.quantity() > line.seatsLeft());
  }

  long totalMinor() {
    return lines.stream().mapToLong(line -> line.unitPriceMinor() * line.quantity()).sum();
  }
}
