-- gridgov reference schema, version 1 (PostgreSQL 12 or later).
-- Run it with Flyway (GridgovSchema.migrate, history table gridgov_schema_history) or with your own
-- migration tool, unchanged. Every table is keyed by district first: one database holds many
-- districts, and each JdbcOrderStore works in one.

-- 工单: one row per order. The columns after "reported" are derived from the order at every save,
-- for the dispatcher's screens and for the shared due work; the order itself is "reported" (what
-- was reported, as JSON of governance-json) plus its events in gridgov_order_event.
CREATE TABLE gridgov_order (
    district           varchar(64)  NOT NULL,
    order_id           varchar(64)  NOT NULL,
    -- the number of events on the trail: the version an append must name (optimistic concurrency)
    version            integer      NOT NULL CHECK (version >= 0),
    reported           json         NOT NULL,
    kind               varchar(16)  NOT NULL,
    category           varchar(64)  NOT NULL,
    status             varchar(16)  NOT NULL,
    is_open            boolean      NOT NULL,
    tier               varchar(16),
    owner              varchar(80),
    community          varchar(64),
    location           varchar(200) NOT NULL,
    reported_at        timestamptz  NOT NULL,
    last_changed_at    timestamptz  NOT NULL,
    accept_by          timestamptz,
    resolve_by         timestamptz,
    -- when the rules next need to look at the order (EscalationRule.nextCheckAt); null: no timer
    next_check_at      timestamptz,
    -- the work in hand (WorkloadTally's contribution): whom the order keeps busy, its latest dispatch,
    -- whether its ratings are summed in gridgov_workload now (until the ratings horizon passes)
    holder             varchar(80),
    last_dispatched_to varchar(80),
    last_dispatched_at timestamptz,
    ratings_counted    boolean      NOT NULL DEFAULT false,
    -- a lease on the due work: the instance that claimed the order, until when
    claimed_by         varchar(64),
    claim_expires_at   timestamptz,
    PRIMARY KEY (district, order_id)
);

CREATE INDEX gridgov_order_due ON gridgov_order (district, next_check_at, order_id) WHERE next_check_at IS NOT NULL;
CREATE INDEX gridgov_order_last_dispatch ON gridgov_order (district, last_dispatched_at, order_id)
    WHERE last_dispatched_at IS NOT NULL;
CREATE INDEX gridgov_order_ratings_expiry ON gridgov_order (district, last_changed_at)
    WHERE ratings_counted AND NOT is_open;
CREATE INDEX gridgov_order_open_place ON gridgov_order (district, location) WHERE is_open;
CREATE INDEX gridgov_order_screen ON gridgov_order (district, status, tier, community);
CREATE INDEX gridgov_order_owner ON gridgov_order (district, owner, status);

-- 办理记录: the trail, append-only; one row per event, in sequence from 1.
CREATE TABLE gridgov_order_event (
    district  varchar(64) NOT NULL,
    order_id  varchar(64) NOT NULL,
    seq       integer     NOT NULL CHECK (seq >= 1),
    step      varchar(32) NOT NULL,
    at        timestamptz NOT NULL,
    actor     varchar(80) NOT NULL,
    event     json        NOT NULL,
    PRIMARY KEY (district, order_id, seq),
    FOREIGN KEY (district, order_id) REFERENCES gridgov_order (district, order_id) ON DELETE CASCADE
);

-- 评价: each rating on a trail, for whoever owned the order when it was given (feeds assignment).
CREATE TABLE gridgov_order_rating (
    district  varchar(64) NOT NULL,
    order_id  varchar(64) NOT NULL,
    n         integer     NOT NULL CHECK (n >= 1),
    owner     varchar(80) NOT NULL,
    satisfied boolean     NOT NULL,
    PRIMARY KEY (district, order_id, n),
    FOREIGN KEY (district, order_id) REFERENCES gridgov_order (district, order_id) ON DELETE CASCADE
);

-- 工作量: the work in hand by owner, kept in step with the orders in the same transactions — open
-- orders held, and the ratings of the orders open or closed within the ratings horizon — so that a
-- decision reads a few rows, however many orders the district keeps.
CREATE TABLE gridgov_workload (
    district    varchar(64) NOT NULL,
    owner       varchar(80) NOT NULL,
    open_orders integer     NOT NULL,
    rated       integer     NOT NULL,
    satisfied   integer     NOT NULL,
    PRIMARY KEY (district, owner)
);
