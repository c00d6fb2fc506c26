-- gridgov reference schema, version 2: the registry in the database (PostgreSQL 12 or later).
-- Run it after V1 with Flyway (GridgovSchema.migrate) or with your own migration tool, unchanged.

-- 登记库: each version of a district's registry a platform published, whole; the newest is in
-- force. "registry" is the Jurisdiction as JSON of governance-json, personal data in clear (this is
-- the platform's own storage; PostgreSQL compresses a value this large on disk). Versions count
-- from 1 within a district; JdbcRegistryStore.publish takes the next under a lock of the district,
-- unless the newest has the same digest (SHA-256 of the text): publishing again changes nothing.
CREATE TABLE gridgov_registry (
    district     varchar(64) NOT NULL,
    version      bigint      NOT NULL CHECK (version >= 1),
    published_at timestamptz NOT NULL,
    households   integer     NOT NULL CHECK (households >= 0),
    digest       char(64)    NOT NULL,
    registry     json        NOT NULL,
    PRIMARY KEY (district, version)
);
