-- An order item's check that its ticket type exists runs at commit, after the hold's own update of
-- that ticket type's counters, instead of at the item's insert, before it. Checked at the insert,
-- it share-locked the hot ticket type row while other holds were updating it, so under a burst the
-- row carried multixacts of dozens of lockers and updaters, and PostgreSQL 17.11 now and then
-- refused a hold's counter update with "new multixact has more than one updating member": in 47 of
-- 150 repetitions of ConcurrentCheckoutTest's multi-type burst before this change, 2 of 150 after
-- it (17.12 refused none, with or without it). A refused hold is rolled back whole and retried.
alter table order_items
    alter constraint order_items_event_id_ticket_type_id_fkey deferrable initially deferred;
