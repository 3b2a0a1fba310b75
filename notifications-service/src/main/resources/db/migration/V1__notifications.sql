-- Where the follower stands in practices-service's change feed: one row, written in the same transaction
-- as the events derived from each page, so a restart resumes with nothing lost or doubled.
create table feed_position (
    id smallint primary key check (id = 1),
    since timestamptz not null,
    cursor varchar(1024),
    read_at timestamptz
);

-- What the feed last told about each practice; events are the differences from it.
create table practice_state (
    id uuid primary key,
    public boolean not null,
    version bigint not null,
    classification varchar(40),
    content_hash varchar(64) not null,
    state_code varchar(2),
    municipalities varchar(5)[] not null,
    principles varchar(40)[] not null,
    changed_at timestamptz not null
);

-- Every event derived, as the CloudEvent sent, with the facts subscriptions filter on.
create table event (
    seq bigserial primary key,
    id uuid not null unique,
    type varchar(40) not null,
    subject uuid not null,
    time timestamptz not null,
    body text not null,
    state_code varchar(2),
    municipalities varchar(5)[] not null,
    principles varchar(40)[] not null,
    classification varchar(40)
);
create index event_time on event (time, seq);

create table subscription (
    id uuid primary key,
    owner varchar(255) not null,
    url varchar(2000) not null,
    description varchar(500),
    event_types varchar(40)[] not null,
    states varchar(2)[] not null,
    municipalities varchar(5)[] not null,
    principles varchar(40)[] not null,
    classifications varchar(40)[] not null,
    status varchar(20) not null,
    disabled_reason varchar(500),
    disabled_at timestamptz,
    failing_since timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null
);
create index subscription_owner on subscription (owner, id);

-- Signing secrets; during a rotation the old one signs too until it expires.
create table subscription_secret (
    id uuid primary key,
    subscription_id uuid not null references subscription (id) on delete cascade,
    secret varchar(100) not null,
    created_at timestamptz not null,
    expires_at timestamptz
);
create index subscription_secret_subscription on subscription_secret (subscription_id);

-- One event for one subscription, delivered in seq order per subscription.
create table delivery (
    seq bigserial primary key,
    id uuid not null unique,
    subscription_id uuid not null references subscription (id) on delete cascade,
    event_id uuid not null references event (id),
    status varchar(20) not null,
    attempts integer not null,
    next_attempt_at timestamptz not null,
    lease_token uuid,
    lease_until timestamptz,
    last_attempt_at timestamptz,
    last_status integer,
    last_latency_ms integer,
    last_error varchar(500),
    created_at timestamptz not null,
    delivered_at timestamptz
);
create index delivery_pending on delivery (subscription_id, seq) where status = 'PENDING';
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_log on delivery (subscription_id, seq desc);
