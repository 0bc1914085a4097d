package com.boxoffice.loadtest.check;

/**
 * Overselling, never: per ticket type, seats sold stay within capacity and match the valid tickets
 * and the confirmed orders' seats, and the held counter matches the holds that are still open. A
 * counter that drifts from its rows is how a lost or doubled seat movement shows.
 */
final class SeatCheck implements Check {
  @Override
  public Finding check(Snapshot snapshot) {
    Finding finding = new Finding("seats");
    for (Snapshot.TicketType type : snapshot.ticketTypes()) {
      String name = type.name();
      finding
          .count(name + " capacity", type.capacity())
          .count(name + " held", type.held())
          .count(name + " sold", type.sold())
          .count(name + " tickets issued", type.validTickets())
          .count(name + " seats of confirmed orders", type.confirmedSeats());
      if (type.sold() > type.capacity()) {
        finding.violation(name + ": sold " + type.sold() + " > capacity " + type.capacity());
      }
      if (type.held() + type.sold() > type.capacity()) {
        finding.violation(
            name + ": held " + type.held() + " + sold " + type.sold() + " > " + type.capacity());
      }
      if (type.sold() != type.validTickets()) {
        finding.violation(
            name + ": sold " + type.sold() + " but " + type.validTickets() + " tickets issued");
      }
      if (type.sold() != type.confirmedSeats()) {
        finding.violation(
            name
                + ": sold "
                + type.sold()
                + " but confirmed orders hold "
                + type.confirmedSeats()
                + " seats");
      }
      if (type.held() != type.seatsInHeldHolds()) {
        finding.violation(
            name + ": held " + type.held() + " but open holds cover " + type.seatsInHeldHolds());
      }
    }
    for (Snapshot.Order order : snapshot.orders()) {
      if (order.terminal() && "HELD".equals(order.holdState())) {
        finding.violation(order.checkoutId() + " is " + order.status() + " but still holds seats");
      }
    }
    return finding;
  }
}
