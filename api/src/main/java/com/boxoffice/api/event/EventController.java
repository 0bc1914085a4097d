package com.boxoffice.api.event;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.FieldProblem;
import com.boxoffice.api.RequestValidation;
import com.boxoffice.api.event.EventShapes.EventRequest;
import com.boxoffice.api.event.EventShapes.EventView;
import com.boxoffice.api.event.EventShapes.TicketTypeRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "events")
class EventController {
  // Four-digit years: PostgreSQL stores no Instant past 294276, and no event is that far off.
  private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

  private final EventStore events;
  private final RequestValidation validation;

  EventController(EventStore events, RequestValidation validation) {
    this.events = events;
    this.validation = validation;
  }

  @GetMapping("/v1/events/{eventId}")
  @Operation(summary = "An event with each ticket type's capacity and seats still available")
  EventView event(@PathVariable String eventId) {
    return events.find(eventId).orElseThrow(() -> ApiProblem.notFound("No such event."));
  }

  @PutMapping("/v1/admin/events/{eventId}")
  @Operation(summary = "Create or replace an event (admin); 201 when created, 200 when updated")
  ResponseEntity<EventView> put(@PathVariable String eventId, @RequestBody EventRequest request) {
    RequestValidation.reject(problems(eventId, request));
    boolean created = events.upsert(eventId, request);
    EventView event = events.find(eventId).orElseThrow();
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(event);
  }

  private List<FieldProblem> problems(String eventId, EventRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!eventId.matches(EventShapes.SLUG)) {
      problems.add(new FieldProblem("eventId", EventShapes.SLUG_MESSAGE));
    }
    problems.addAll(validation.problems(request));
    if (request.startsAt() != null
        && (request.startsAt().isBefore(EARLIEST) || !request.startsAt().isBefore(LATEST))) {
      problems.add(new FieldProblem("startsAt", "must be in the years 1970 to 9999"));
    }
    if (problems.isEmpty()) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < request.ticketTypes().size(); i++) {
        TicketTypeRequest type = request.ticketTypes().get(i);
        if (!seen.add(type.ticketTypeId())) {
          problems.add(new FieldProblem("ticketTypes[" + i + "].ticketTypeId", "is repeated"));
        }
        if (!type.price().currency().equals(request.currency())) {
          problems.add(
              new FieldProblem(
                  "ticketTypes[" + i + "].price.currency", "must equal the event's currency"));
        }
      }
    }
    return problems;
  }
}
