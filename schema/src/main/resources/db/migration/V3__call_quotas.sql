-- The calls per second every worker together may make to a provider (Stripe, SendGrid): one row
-- per provider, holding the state of a bucket4j token bucket. A worker takes a permit before each
-- call by locking the row, reading and rewriting the state in one short transaction (CallQuotas).
-- The rows are created on first use; state is null only between that insert and its first write.
create table call_quotas (
    id    text  primary key,
    state bytea
);
