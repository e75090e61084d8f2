-- Stamping at commit, once per transaction instead of once per change.
--
-- change_log_stamp is a row-level constraint trigger, so a transaction that logged N changes
-- queues N stamping events. The first stamps everything; each of the others used to search the
-- pending index for rows of its transaction, and after a bulk write that index holds N dead
-- entries until vacuum: N searches of N entries, minutes of COMMIT for 100 000 demo listings.
-- A transaction-local setting now says whether anything is waiting to be stamped: sync_log
-- raises it, sync_stamp lowers it, and the other events return at once. (Settings made in a
-- savepoint that rolls back are undone with the changes they describe.)

CREATE OR REPLACE FUNCTION sync_log(p_entity text, p_id uuid, p_audience uuid[], p_public boolean) RETURNS void
    LANGUAGE sql AS $$
    SELECT set_config('roost.sync_unstamped', 'yes', true);
    INSERT INTO change_log AS c (entity, object_id, audience, public, txid, seq, version)
    VALUES (p_entity, p_id, array_remove(p_audience, NULL), p_public, pg_current_xact_id(), nextval('change_log_seq'), NULL)
    ON CONFLICT (entity, object_id) DO UPDATE
        SET audience = ARRAY(SELECT DISTINCT a FROM unnest(c.audience || EXCLUDED.audience) AS a),
            public = c.public OR EXCLUDED.public,
            txid = EXCLUDED.txid,
            seq = EXCLUDED.seq,
            version = NULL
$$;

CREATE OR REPLACE FUNCTION sync_stamp() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    pending bigint;
    last_version bigint;
    any_public boolean;
    users text;
BEGIN
    IF coalesce(current_setting('roost.sync_unstamped', true), '') <> 'yes' THEN
        RETURN NULL; -- an earlier event of this transaction stamped everything
    END IF;
    PERFORM set_config('roost.sync_unstamped', 'no', true);
    SELECT count(*), bool_or(public) INTO pending, any_public
        FROM change_log WHERE version IS NULL AND txid = pg_current_xact_id();
    IF pending = 0 THEN
        RETURN NULL;
    END IF;
    UPDATE sync_counter SET version = version + pending RETURNING version INTO last_version;
    UPDATE change_log c SET version = last_version - pending + p.n
        FROM (SELECT entity, object_id, row_number() OVER (ORDER BY seq) AS n
                FROM change_log WHERE version IS NULL AND txid = pg_current_xact_id()) p
        WHERE c.entity = p.entity AND c.object_id = p.object_id;
    IF NOT any_public THEN
        SELECT string_agg(DISTINCT a::text, ',') INTO users
            FROM change_log, unnest(audience) AS a
            WHERE txid = pg_current_xact_id() AND version > last_version - pending;
    END IF;
    -- NOTIFY payloads are limited to 8000 bytes; a long audience pokes everyone instead.
    IF any_public OR users IS NULL OR length(users) > 7000 THEN
        users := '*';
    END IF;
    PERFORM pg_notify('roost_sync', last_version::text || ' ' || users);
    RETURN NULL;
END
$$;
