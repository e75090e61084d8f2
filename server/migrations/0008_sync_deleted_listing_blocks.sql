-- A deleted listing takes its blocks out of its host's cache too.
--
-- 0004 logs a listing's blocks (and published reviews) only when the listing becomes visible
-- or invisible to everyone. Deleting a listing that was never public (a draft, an unlisted
-- one) changes no one's view but its host's, and the host did see its blocks: without a log
-- entry for them, the host's clients kept those blocks forever. Now a delete also logs the
-- blocks for the host (public as the listing was, so nothing changes for the others).

CREATE OR REPLACE FUNCTION sync_listing_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    was_public boolean := false;
    is_public boolean := NEW.status = 'listed' AND NEW.deleted_at IS NULL;
    deleted boolean := false;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        was_public := OLD.status = 'listed' AND OLD.deleted_at IS NULL;
        deleted := OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL;
    END IF;
    PERFORM sync_log('listing', NEW.id, ARRAY[NEW.host_id], was_public OR is_public);
    IF TG_OP = 'UPDATE' AND (was_public <> is_public OR deleted) THEN
        PERFORM sync_log('block', b.id, ARRAY[NEW.host_id], was_public OR is_public) FROM blocks b WHERE b.listing_id = NEW.id;
    END IF;
    IF TG_OP = 'UPDATE' AND was_public <> is_public THEN
        PERFORM sync_log('review', r.id, ARRAY[r.author_id], true)
            FROM reviews r WHERE r.listing_id = NEW.id AND r.kind = 'stay' AND r.published_at IS NOT NULL;
    END IF;
    RETURN NULL;
END
$$;
