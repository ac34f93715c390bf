-- Schema version 1 of the Always Events(R) PostgreSQL event store.
-- Applied by PostgresEventStore.open, under an advisory lock, in one transaction, and recorded in
-- always_events_schema_version. Never edit a released file: add V2__... instead.
-- Always Events is a registered trademark of the Institute for Healthcare Improvement.

-- One row per event. The JSON text is exactly the line the file store writes (EventJson), so a
-- file store's history moves here unchanged and back.
CREATE TABLE always_events_event (
    -- The order in which events were inserted; unique across all projects.
    position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The inserting transaction. The feed for other instances reads only rows whose transaction
    -- is older than every transaction still running (pg_snapshot_xmin), in (transaction_id,
    -- position) order, so a transaction that commits late can never be skipped.
    transaction_id xid8   NOT NULL DEFAULT pg_current_xact_id(),
    project_id     text   NOT NULL,
    version        bigint NOT NULL CHECK (version >= 1),
    event_json     text   NOT NULL,
    -- Optimistic concurrency: of two appends of the same version, one fails here.
    CONSTRAINT always_events_event_project_version UNIQUE (project_id, version)
);

CREATE INDEX always_events_event_feed ON always_events_event (transaction_id, position);

-- The latest snapshot of each project (an optimisation: never newer than the log).
CREATE TABLE always_events_snapshot (
    project_id    text   PRIMARY KEY,
    version       bigint NOT NULL CHECK (version >= 1),
    snapshot_json text   NOT NULL
);
