-- SPDX-License-Identifier: Apache-2.0
-- Offline-first sync: a change log filled by triggers and stamped in commit order.
--
-- The invariant (ARCHITECTURE.md, "The sync invariant"): a pull with cursor C must later receive
-- every change committed after C was issued, even when its transaction began before. A sequence
-- cannot give that (sequence order is not commit order). Here the version of a change is taken at
-- COMMIT, by a deferred constraint trigger, from a single counter row whose row lock is then held
-- until the commit is visible. Two writers therefore stamp one after the other, each after the
-- previous one is visible: version order is commit order, and a reader that has seen version v has
-- seen every version below it. The cursor is simply the last version delivered.

-- The single counter. Its row lock serialises the stamping (only the stamping: the rest of each
-- writing transaction still runs concurrently).
CREATE TABLE sync_counter (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version   bigint NOT NULL
);
INSERT INTO sync_counter (version) VALUES (0);

-- Order of changes within one transaction (a listing before its blocks, say).
CREATE SEQUENCE change_log_seq;

-- One row per object: its latest change. Older changes of an object need not be kept because a
-- pull delivers the object's current state; what must be kept is who may have seen it:
-- `audience` (users who see it privately: host, guest, author) and `public` (it was visible to
-- everyone at some point), accumulated over its whole life, so that loss of visibility can still
-- reach every client that may hold a copy as a delete.
CREATE TABLE change_log (
    entity     text NOT NULL CHECK (entity IN ('listing', 'block', 'booking', 'payment', 'payout', 'review', 'user')),
    object_id  uuid NOT NULL,
    audience   uuid[] NOT NULL DEFAULT '{}',
    public     boolean NOT NULL DEFAULT false,
    txid       xid8 NOT NULL,
    seq        bigint NOT NULL,
    -- NULL from the change until its transaction commits
    version    bigint,
    PRIMARY KEY (entity, object_id)
);
CREATE UNIQUE INDEX change_log_version_idx ON change_log (version);
CREATE INDEX change_log_pending_idx ON change_log (txid) WHERE version IS NULL;

-- Records that an object changed in this transaction (to be stamped at commit).
CREATE FUNCTION sync_log(p_entity text, p_id uuid, p_audience uuid[], p_public boolean) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO change_log AS c (entity, object_id, audience, public, txid, seq, version)
    VALUES (p_entity, p_id, array_remove(p_audience, NULL), p_public, pg_current_xact_id(), nextval('change_log_seq'), NULL)
    ON CONFLICT (entity, object_id) DO UPDATE
        SET audience = ARRAY(SELECT DISTINCT a FROM unnest(c.audience || EXCLUDED.audience) AS a),
            public = c.public OR EXCLUDED.public,
            txid = EXCLUDED.txid,
            seq = EXCLUDED.seq,
            version = NULL
$$;

-- Runs at commit (deferred). The first call of a transaction stamps all of its changes; the
-- others find nothing left. The UPDATE of sync_counter takes the row lock that orders commits.
-- Then it notifies every server process (LISTEN roost_sync) with the last version and who
-- should be poked: '*' when anything public changed, else the audience's user ids.
CREATE FUNCTION sync_stamp() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    pending bigint;
    last_version bigint;
    any_public boolean;
    users text;
BEGIN
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

CREATE CONSTRAINT TRIGGER change_log_stamp AFTER INSERT OR UPDATE ON change_log
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.version IS NULL) EXECUTE FUNCTION sync_stamp();

-- Listings: the host always; everyone while listed. Becoming (in)visible to everyone takes the
-- listing's blocks and published reviews along, so their visibility changes reach clients too.
CREATE FUNCTION sync_listing_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    was_public boolean := false;
    is_public boolean := NEW.status = 'listed' AND NEW.deleted_at IS NULL;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        was_public := OLD.status = 'listed' AND OLD.deleted_at IS NULL;
    END IF;
    PERFORM sync_log('listing', NEW.id, ARRAY[NEW.host_id], was_public OR is_public);
    IF TG_OP = 'UPDATE' AND was_public <> is_public THEN
        PERFORM sync_log('block', b.id, ARRAY[NEW.host_id], true) FROM blocks b WHERE b.listing_id = NEW.id;
        PERFORM sync_log('review', r.id, ARRAY[r.author_id], true)
            FROM reviews r WHERE r.listing_id = NEW.id AND r.kind = 'stay' AND r.published_at IS NOT NULL;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER listings_sync AFTER INSERT OR UPDATE ON listings
    FOR EACH ROW EXECUTE FUNCTION sync_listing_changed();

-- Blocks: seen with their listing.
CREATE FUNCTION sync_block_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed_id uuid;
    changed_listing uuid;
    host uuid;
    listed boolean;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed_id := OLD.id; changed_listing := OLD.listing_id;
    ELSE
        changed_id := NEW.id; changed_listing := NEW.listing_id;
    END IF;
    SELECT l.host_id, l.status = 'listed' AND l.deleted_at IS NULL INTO host, listed
        FROM listings l WHERE l.id = changed_listing;
    PERFORM sync_log('block', changed_id, ARRAY[host], coalesce(listed, false));
    RETURN NULL;
END
$$;
CREATE TRIGGER blocks_sync AFTER INSERT OR UPDATE OR DELETE ON blocks
    FOR EACH ROW EXECUTE FUNCTION sync_block_changed();

-- Bookings: their guest and host.
CREATE FUNCTION sync_booking_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sync_log('booking', NEW.id, ARRAY[NEW.guest_id, NEW.host_id], false);
    RETURN NULL;
END
$$;
CREATE TRIGGER bookings_sync AFTER INSERT OR UPDATE ON bookings
    FOR EACH ROW EXECUTE FUNCTION sync_booking_changed();

-- Payments: the guest who paid.
CREATE FUNCTION sync_payment_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sync_log('payment', NEW.id, ARRAY(SELECT guest_id FROM bookings WHERE id = NEW.booking_id), false);
    RETURN NULL;
END
$$;
CREATE TRIGGER payments_sync AFTER INSERT OR UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION sync_payment_changed();

-- Payouts: the host paid.
CREATE FUNCTION sync_payout_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sync_log('payout', NEW.id, ARRAY[NEW.host_id], false);
    RETURN NULL;
END
$$;
CREATE TRIGGER payouts_sync AFTER INSERT OR UPDATE ON payouts
    FOR EACH ROW EXECUTE FUNCTION sync_payout_changed();

-- Reviews: the author always; everyone once a review of a stay is published (the pull still
-- checks that its listing is listed).
CREATE FUNCTION sync_review_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sync_log('review', NEW.id, ARRAY[NEW.author_id], NEW.kind = 'stay' AND NEW.published_at IS NOT NULL);
    RETURN NULL;
END
$$;
CREATE TRIGGER reviews_sync AFTER INSERT OR UPDATE ON reviews
    FOR EACH ROW EXECUTE FUNCTION sync_review_changed();

-- Users: the user's own full profile; once it exists, others who see an object naming the user
-- see its public profile (the pull decides who that is). A password change alone is no change
-- of anything a client shows.
CREATE FUNCTION sync_user_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sync_log('user', NEW.id, ARRAY[NEW.id], TG_OP = 'UPDATE');
    RETURN NULL;
END
$$;
CREATE TRIGGER users_sync_insert AFTER INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION sync_user_changed();
CREATE TRIGGER users_sync_update AFTER UPDATE ON users
    FOR EACH ROW
    WHEN ((OLD.email, OLD.display_name, OLD.bio, OLD.phone, OLD.is_host, OLD.is_admin, OLD.version)
          IS DISTINCT FROM (NEW.email, NEW.display_name, NEW.bio, NEW.phone, NEW.is_host, NEW.is_admin, NEW.version))
    EXECUTE FUNCTION sync_user_changed();

-- What existed before this migration enters the log once, so a first pull sees everything.
DO $$
BEGIN
    PERFORM sync_log('user', id, ARRAY[id], true) FROM users;
    PERFORM sync_log('listing', id, ARRAY[host_id], status = 'listed' AND deleted_at IS NULL) FROM listings;
    PERFORM sync_log('block', b.id, ARRAY[l.host_id], l.status = 'listed' AND l.deleted_at IS NULL)
        FROM blocks b JOIN listings l ON l.id = b.listing_id;
    PERFORM sync_log('booking', id, ARRAY[guest_id, host_id], false) FROM bookings;
    PERFORM sync_log('payment', p.id, ARRAY[b.guest_id], false) FROM payments p JOIN bookings b ON b.id = p.booking_id;
    PERFORM sync_log('payout', id, ARRAY[host_id], false) FROM payouts;
    PERFORM sync_log('review', id, ARRAY[author_id], kind = 'stay' AND published_at IS NOT NULL) FROM reviews;
END
$$;
