-- A listing that becomes public logs its host's profile again, after the listing.
--
-- A pull sends a user's profile with the objects naming it only while the caller's cursor has
-- already passed that user's own log entry (SyncView); an entry still ahead of the cursor comes
-- by itself later in the same walk, once. Hosts sign up long before they list, so their entries
-- sat at the very start of the log and every page of a first sync carried the profiles of the
-- hosts it named again: 95 000 profile copies for 5 000 hosts over 100 000 listings. Logging
-- the host when a listing of theirs becomes visible to everyone moves the host's entry past that
-- listing, so a first sync brings each host once. Only the place in the log changes; the entry
-- is public, as the profile of a host with a listed listing is.

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
    IF is_public AND NOT was_public THEN
        PERFORM sync_log('user', NEW.host_id, ARRAY[NEW.host_id], true);
    END IF;
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
