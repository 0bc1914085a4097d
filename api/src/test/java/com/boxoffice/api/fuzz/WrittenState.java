package com.boxoffice.api.fuzz;

import com.google.protobuf.ByteString;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Everything a request could have written: each table's row count and a checksum of its rows, and
 * the id of every workflow the test server knows.
 */
record WrittenState(Map<String, String> tables, Set<String> workflowIds) {
  private static final List<String> TABLES =
      List.of(
          "events",
          "ticket_types",
          "orders",
          "order_items",
          "seat_holds",
          "tickets",
          "payment_events",
          "email_deliveries",
          "api_idempotency_keys");

  static WrittenState of(DSLContext db, WorkflowClient temporal) {
    Map<String, String> tables = new TreeMap<>();
    for (String table : TABLES) {
      tables.put(
          table,
          db.fetchValue(
                  "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                      + " from "
                      + table
                      + " t")
              .toString());
    }
    return new WrittenState(tables, workflowIds(temporal));
  }

  private static Set<String> workflowIds(WorkflowClient temporal) {
    var service = temporal.getWorkflowServiceStubs().blockingStub();
    String namespace = temporal.getOptions().getNamespace();
    Set<String> ids = new TreeSet<>();
    ByteString page = ByteString.EMPTY;
    do {
      var open =
          service.listOpenWorkflowExecutions(
              ListOpenWorkflowExecutionsRequest.newBuilder()
                  .setNamespace(namespace)
                  .setMaximumPageSize(1_000)
                  .setNextPageToken(page)
                  .build());
      open.getExecutionsList().forEach(e -> ids.add(e.getExecution().getWorkflowId()));
      page = open.getNextPageToken();
    } while (!page.isEmpty());
    do {
      var closed =
          service.listClosedWorkflowExecutions(
              ListClosedWorkflowExecutionsRequest.newBuilder()
                  .setNamespace(namespace)
                  .setMaximumPageSize(1_000)
                  .setNextPageToken(page)
                  .build());
      closed.getExecutionsList().forEach(e -> ids.add(e.getExecution().getWorkflowId()));
      page = closed.getNextPageToken();
    } while (!page.isEmpty());
    return ids;
  }
}
