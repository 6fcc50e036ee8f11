/**
 * Versioned, forward-only. Each entry runs once per schema, in a transaction, recorded in
 * event_store_migrations; never edit an applied entry, append a new one.
 */
export const MIGRATIONS: readonly {
  readonly version: number;
  readonly name: string;
  readonly sql: (schema: string) => string;
}[] = [
  {
    version: 1,
    name: 'events table, append-only triggers',
    sql: (s) => `
      CREATE TABLE ${s}.events (
        position       bigint  PRIMARY KEY,
        stream         text    NOT NULL,
        revision       bigint  NOT NULL,
        event_id       uuid    NOT NULL UNIQUE,
        type           text    NOT NULL,
        schema_version integer NOT NULL,
        -- text, not jsonb: jsonb reorders keys and reformats numbers, and the hash covers the exact canonical text.
        data           text    NOT NULL,
        metadata       text    NOT NULL,
        recorded_at    text    NOT NULL,
        prev_hash      text    NOT NULL,
        hash           text    NOT NULL,
        UNIQUE (stream, revision)
      );
      CREATE FUNCTION ${s}.events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ${s}.events
        FOR EACH ROW EXECUTE FUNCTION ${s}.events_refuse_change();
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON ${s}.events
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.events_refuse_change();`,
  },
  {
    version: 2,
    name: 'merkle tiles',
    // The Merkle tree (docs/transparency-log.md) as C2SP tiles: the hashes at tree level 8 * level,
    // entries idx * 256 onwards, width * 32 bytes; a partial tile is rewritten as it grows.
    // Written in the append transaction; an existing log is backfilled by the store after this runs.
    sql: (s) => `
      CREATE TABLE ${s}.merkle_tiles (
        level  integer NOT NULL,
        idx    bigint  NOT NULL,
        hashes bytea   NOT NULL,
        PRIMARY KEY (level, idx)
      );`,
  },
  {
    version: 3,
    name: 'checkpoints',
    // Signed checkpoints (docs/transparency-log.md): one per tree size, never changed.
    sql: (s) => `
      CREATE TABLE ${s}.checkpoints (
        size       bigint PRIMARY KEY,
        note       text   NOT NULL,
        key        text   NOT NULL,
        created_at text   NOT NULL
      );`,
  },
  {
    version: 4,
    name: 'state snapshots',
    // Snapshots of folded state (StateSnapshots): a cache beside the log, not part of it. Rows are
    // replaced and deleted; each is checked against the events before use (docs/event-store.md).
    sql: (s) => `
      CREATE TABLE ${s}.state_snapshots (
        folder      text   NOT NULL,
        stream      text   NOT NULL,
        revision    bigint NOT NULL,
        position    bigint NOT NULL,
        hash        text   NOT NULL,
        recorded_at text   NOT NULL,
        state       bytea  NOT NULL,
        digest      text   NOT NULL,
        PRIMARY KEY (folder, stream, revision)
      );`,
  },
  {
    version: 5,
    name: 'store info',
    // Facts about the store itself, written once: `mode` (production | sandbox, ADR 0010).
    sql: (s) => `
      CREATE TABLE ${s}.store_info (
        key   text PRIMARY KEY,
        value text NOT NULL
      );`,
  },
  {
    version: 6,
    name: 'merkle head',
    // The tree's size and last leaf (its chain hash), written in every append statement: what shows
    // a deleted or rewritten tail, now that the level-0 partial tile is built from the events when
    // read instead of rewritten by every commit (docs/transparency-log.md "Storage"). An existing
    // schema records the larger of its log and its stored level-0 tiles, so a tail deleted before
    // the upgrade still shows; its stored partial tile goes. As SQLite's schema 6.
    sql: (s) => `
      CREATE TABLE ${s}.merkle_head (
        id   integer PRIMARY KEY CHECK (id = 1),
        size bigint  NOT NULL,
        hash text    NOT NULL
      );
      INSERT INTO ${s}.merkle_head (id, size, hash) SELECT 1,
        greatest(coalesce((SELECT max(position) FROM ${s}.events), 0),
                 coalesce((SELECT max(idx * 256 + octet_length(hashes) / 32) FROM ${s}.merkle_tiles WHERE level = 0), 0)),
        coalesce((SELECT hash FROM ${s}.events ORDER BY position DESC LIMIT 1), repeat('0', 64));
      DELETE FROM ${s}.merkle_tiles WHERE level = 0 AND octet_length(hashes) < 256 * 32;`,
  },
];
