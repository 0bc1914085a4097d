-- The API's webhook re-signaller looks for recorded events whose signal has not gone through yet,
-- every few seconds: keep that a small index scan however large the ledger grows.
create index payment_events_unprocessed on payment_events (received_at) where processed_at is null;

-- Operators' checkout list pages newest first by (created_at, checkout_id) without any filter.
create index orders_created on orders (created_at, checkout_id);
