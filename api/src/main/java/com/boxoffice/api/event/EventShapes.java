package com.boxoffice.api.event;

import com.boxoffice.api.Amount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The HTTP shapes of events; the database rows and workflow records are kept apart from them. */
final class EventShapes {
  static final String SLUG = "^[a-z0-9-]{1,64}$";
  static final String SLUG_MESSAGE = "must be 1-64 characters of a-z, 0-9 and -";

  /** Names are shown on one line to operators, and PostgreSQL cannot store a NUL. */
  static final String ONE_LINE = "^\\P{Cc}*$";

  static final String ONE_LINE_MESSAGE = "must not contain control characters";

  /** Stripe's largest charge in minor units: a dearer ticket could never be paid for. */
  static final long MAX_PRICE = 99_999_999;

  private EventShapes() {}

  record EventRequest(
      @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
          String name,
      @NotNull @Pattern(regexp = "^[a-z]{3}$", message = "must be a lower-case ISO 4217 code")
          String currency,
      @NotNull Instant startsAt,
      @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid TicketTypeRequest> ticketTypes) {}

  record TicketTypeRequest(
      @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String ticketTypeId,
      @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
          String name,
      @NotNull @Valid Price price,
      @NotNull @PositiveOrZero @Max(1_000_000) Integer capacity) {}

  record Price(@NotNull @PositiveOrZero @Max(MAX_PRICE) Long value, @NotNull String currency) {}

  record EventView(
      String eventId,
      String name,
      String currency,
      Instant startsAt,
      List<TicketTypeView> ticketTypes) {}

  record TicketTypeView(
      String ticketTypeId, String name, Amount price, int capacity, int available) {}
}
