-- A review that becomes public logs its author's and its subject's profiles again, after it.
--
-- The same as migration 0009 does for a host when a listing becomes public: a pull sends a
-- user's profile with the objects naming it only while the caller's cursor has passed the
-- user's own log entry (SyncView). Guests and hosts sign up long before their reviews are
-- published, so every page of a first sync carried the profiles of the people its reviews
-- named again (a guest with reviews on every page came once per page). Logging them when the
-- review is published moves their entries past it, and a first sync brings each person once.
-- Only the place in the log changes; the entries stay public like the profiles they stand for.

CREATE OR REPLACE FUNCTION sync_review_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    was_public boolean := false;
    is_public boolean := NEW.kind = 'stay' AND NEW.published_at IS NOT NULL;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        was_public := OLD.kind = 'stay' AND OLD.published_at IS NOT NULL;
    END IF;
    PERFORM sync_log('review', NEW.id, ARRAY[NEW.author_id], is_public);
    IF is_public AND NOT was_public THEN
        PERFORM sync_log('user', NEW.author_id, ARRAY[NEW.author_id], true);
        PERFORM sync_log('user', NEW.subject_id, ARRAY[NEW.subject_id], true);
    END IF;
    RETURN NULL;
END
$$;
