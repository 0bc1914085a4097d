-- The only source of the schema. jOOQ classes are generated from it at build time.

create table events (
    event_id   text        primary key check (event_id ~ '^[a-z0-9-]{1,64}$'),
    name       text        not null check (length(name) between 1 and 200),
    currency   char(3)     not null check (currency ~ '^[a-z]{3}$'),
    starts_at  timestamptz not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

-- held + sold <= capacity is the database's promise that a seat is never sold twice.
create table ticket_types (
    event_id       text    not null references events,
    ticket_type_id text    not null check (ticket_type_id ~ '^[a-z0-9-]{1,64}$'),
    name           text    not null check (length(name) between 1 and 200),
    price_minor    bigint  not null check (price_minor >= 0),
    capacity       integer not null check (capacity >= 0),
    held           integer not null default 0 check (held >= 0),
    sold           integer not null default 0 check (sold >= 0),
    primary key (event_id, ticket_type_id),
    constraint ticket_types_no_oversell check (held + sold <= capacity)
);

create table orders (
    checkout_id       text        primary key,
    event_id          text        not null references events,
    status            text        not null,
    customer_email    text        not null,
    customer_name     text        not null,
    amount_minor      bigint      not null check (amount_minor >= 0),
    currency          char(3)     not null,
    payment_intent_id text        unique,
    payment_status    text,
    failure_code      text,
    failure_message   text,
    needs_attention   boolean     not null default false,
    expires_at        timestamptz not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index orders_customer_email on orders (lower(customer_email));
create index orders_event_status on orders (event_id, status);
create index orders_status_created on orders (status, created_at);

create table order_items (
    checkout_id      text    not null references orders on delete cascade,
    event_id         text    not null,
    ticket_type_id   text    not null,
    quantity         integer not null check (quantity between 1 and 50),
    unit_price_minor bigint  not null check (unit_price_minor >= 0),
    primary key (checkout_id, ticket_type_id),
    foreign key (event_id, ticket_type_id) references ticket_types
);

-- One hold per order; its state makes every seat movement happen once:
-- HELD -> SOLD (confirm), HELD -> RELEASED (compensation), SOLD -> REVOKED (refund).
create table seat_holds (
    checkout_id text        primary key references orders on delete cascade,
    state       text        not null check (state in ('HELD', 'SOLD', 'RELEASED', 'REVOKED')),
    hold_until  timestamptz not null,
    updated_at  timestamptz not null default now()
);
create index seat_holds_expired on seat_holds (hold_until) where state = 'HELD';

create table tickets (
    code           text        primary key,
    checkout_id    text        not null references orders,
    ticket_type_id text        not null,
    seq            integer     not null check (seq >= 1),
    status         text        not null default 'VALID' check (status in ('VALID', 'VOID')),
    issued_at      timestamptz not null default now(),
    unique (checkout_id, ticket_type_id, seq)
);

-- Stripe delivers webhooks at least once: the event id is recorded once and applied once.
create table payment_events (
    stripe_event_id   text        primary key,
    type              text        not null,
    payment_intent_id text,
    checkout_id       text,
    payload           jsonb       not null,
    outcome           text,
    received_at       timestamptz not null default now(),
    processed_at      timestamptz
);
create index payment_events_intent on payment_events (payment_intent_id);

-- The delivery ledger: one confirmation per order, however often the activity runs.
create table email_deliveries (
    checkout_id         text        not null references orders,
    kind                text        not null,
    recipient           text        not null,
    status              text        not null check (status in ('SENDING', 'SENT')),
    provider_message_id text,
    attempts            integer     not null default 0,
    created_at          timestamptz not null default now(),
    sent_at             timestamptz,
    primary key (checkout_id, kind)
);

create table api_idempotency_keys (
    idempotency_key text        primary key,
    request_hash    text        not null,
    checkout_id     text        not null unique,
    created_at      timestamptz not null default now()
);
