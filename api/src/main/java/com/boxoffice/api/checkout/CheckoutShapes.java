package com.boxoffice.api.checkout;

import com.boxoffice.api.Amount;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The HTTP shapes of checkouts. They are not the workflow records: those live in histories and
 * evolve under other rules.
 */
final class CheckoutShapes {
  static final String SLUG = "^[a-z0-9-]{1,64}$";
  static final String SLUG_MESSAGE = "must be 1-64 characters of a-z, 0-9 and -";

  private CheckoutShapes() {}

  record StartCheckout(
      @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String eventId,
      @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid Item> items,
      @NotNull @Valid Buyer customer,
      @Pattern(regexp = "^pm_[A-Za-z0-9_]{1,100}$", message = "must look like pm_...")
          String paymentMethodId) {}

  record Item(
      @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String ticketTypeId,
      @NotNull @Min(1) @Max(10) Integer quantity) {}

  /** Names are shown on one line to operators, and PostgreSQL cannot store a NUL. */
  static final String ONE_LINE = "^\\P{Cc}*$";

  static final String ONE_LINE_MESSAGE = "must not contain control characters";

  record Buyer(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
          String name) {}

  /**
   * The 201 answer: enough for the frontend to collect the card, or, for a card that needed no 3-D
   * Secure, the confirmed order with its tickets.
   */
  record CheckoutCreated(
      String checkoutId,
      String status,
      Amount amount,
      NewPayment payment,
      List<TicketView> tickets,
      Instant expiresAt) {}

  record NewPayment(String paymentIntentId, String clientSecret, String status) {}

  record CheckoutView(
      String checkoutId,
      String status,
      String eventId,
      List<ItemView> items,
      Amount amount,
      CustomerView customer,
      PaymentView payment,
      List<TicketView> tickets,
      @JsonInclude(JsonInclude.Include.NON_NULL) FailureView failure,
      Instant expiresAt,
      Instant createdAt,
      Instant updatedAt) {}

  record ItemView(String ticketTypeId, int quantity) {}

  record CustomerView(String email) {}

  record PaymentView(String paymentIntentId, String status) {}

  record TicketView(String code, String ticketTypeId) {
    static List<TicketView> of(List<Ticket> tickets) {
      return tickets == null
          ? List.of()
          : tickets.stream().map(t -> new TicketView(t.code(), t.ticketTypeId())).toList();
    }
  }

  record FailureView(String code, String message) {}

  record CancelAccepted(String checkoutId, String status) {}
}
