-- SPDX-License-Identifier: Apache-2.0
-- Accounts, sessions, listings, photos and the calendar.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE users (
    id               uuid PRIMARY KEY,
    email            text NOT NULL,
    -- emails compare case-insensitively: the lower-cased form is the unique key
    email_normalized text NOT NULL UNIQUE,
    password_hash    text NOT NULL,
    display_name     text NOT NULL,
    bio              text NOT NULL DEFAULT '',
    phone            text NOT NULL DEFAULT '',
    is_host          boolean NOT NULL DEFAULT false,
    is_admin         boolean NOT NULL DEFAULT false,
    disabled_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint NOT NULL DEFAULT 1
);

-- One row per login. Revoking it ends its refresh tokens and the access tokens issued from them
-- (access tokens carry the session id, checked on every request).
CREATE TABLE sessions (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL;

-- Refresh tokens are stored as SHA-256 digests only; a spent one presented again proves theft.
CREATE TABLE refresh_tokens (
    token_hash  bytea PRIMARY KEY,
    session_id  uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    spent_at    timestamptz
);
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);

-- Failed logins within the throttling window, shared by every server process.
CREATE TABLE login_failures (
    id               bigserial PRIMARY KEY,
    email_normalized text NOT NULL,
    ip               text NOT NULL,
    failed_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_email_idx ON login_failures (email_normalized, failed_at);
CREATE INDEX login_failures_ip_idx ON login_failures (ip, failed_at);

CREATE TABLE listings (
    id                   uuid PRIMARY KEY,
    host_id              uuid NOT NULL REFERENCES users (id),
    title                text NOT NULL,
    description          text NOT NULL DEFAULT '',
    property_type        text NOT NULL CHECK (property_type IN ('apartment', 'house', 'room', 'cabin', 'other')),
    address              text NOT NULL DEFAULT '',
    city                 text NOT NULL,
    city_key             text GENERATED ALWAYS AS (lower(city)) STORED,
    country              text NOT NULL,
    latitude             double precision NOT NULL,
    longitude            double precision NOT NULL,
    max_guests           integer NOT NULL,
    bedrooms             integer NOT NULL DEFAULT 0,
    beds                 integer NOT NULL DEFAULT 0,
    bathrooms            numeric(4, 1) NOT NULL DEFAULT 0,
    amenities            text[] NOT NULL DEFAULT '{}',
    nightly_price        bigint NOT NULL CHECK (nightly_price > 0),
    cleaning_fee         bigint NOT NULL DEFAULT 0 CHECK (cleaning_fee >= 0),
    currency             text NOT NULL,
    weekly_discount_pct  integer NOT NULL DEFAULT 0,
    monthly_discount_pct integer NOT NULL DEFAULT 0,
    min_nights           integer NOT NULL DEFAULT 1,
    max_nights           integer NOT NULL DEFAULT 365,
    instant_book         boolean NOT NULL DEFAULT false,
    cancellation_policy  text NOT NULL DEFAULT 'flexible',
    status               text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'listed', 'unlisted')),
    rating_avg           double precision,
    rating_count         integer NOT NULL DEFAULT 0,
    -- text search: every word of `q` must appear in title, description or city
    search_text          text GENERATED ALWAYS AS (lower(title || ' ' || description || ' ' || city)) STORED,
    -- digest of the original create request, so a re-sent create can be recognised
    create_fingerprint   bytea NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    deleted_at           timestamptz,
    version              bigint NOT NULL DEFAULT 1
);
CREATE INDEX listings_host_idx ON listings (host_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
-- Search: every query is over listed, live listings; each sort has a keyset index, with and
-- without the city (the commonest filter), so a page is an index range scan.
CREATE INDEX listings_newest_idx ON listings (created_at DESC, id DESC)
    WHERE status = 'listed' AND deleted_at IS NULL;
CREATE INDEX listings_city_newest_idx ON listings (city_key, created_at DESC, id DESC)
    WHERE status = 'listed' AND deleted_at IS NULL;
CREATE INDEX listings_price_idx ON listings (nightly_price, id)
    WHERE status = 'listed' AND deleted_at IS NULL;
CREATE INDEX listings_city_price_idx ON listings (city_key, nightly_price, id)
    WHERE status = 'listed' AND deleted_at IS NULL;
CREATE INDEX listings_rating_idx ON listings ((coalesce(rating_avg, -1)) DESC, rating_count DESC, id)
    WHERE status = 'listed' AND deleted_at IS NULL;
CREATE INDEX listings_country_idx ON listings (country) WHERE status = 'listed' AND deleted_at IS NULL;
CREATE INDEX listings_geo_idx ON listings (latitude, longitude) WHERE status = 'listed' AND deleted_at IS NULL;
CREATE INDEX listings_amenities_idx ON listings USING gin (amenities) WHERE status = 'listed' AND deleted_at IS NULL;
CREATE INDEX listings_search_idx ON listings USING gin (search_text gin_trgm_ops) WHERE status = 'listed' AND deleted_at IS NULL;

CREATE TABLE photos (
    id            uuid PRIMARY KEY,
    listing_id    uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    caption       text NOT NULL DEFAULT '',
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX photos_listing_idx ON photos (listing_id, position);

CREATE TABLE blocks (
    id                 uuid PRIMARY KEY,
    listing_id         uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    stay               daterange NOT NULL CHECK (NOT isempty(stay) AND lower_inc(stay) AND NOT upper_inc(stay)),
    note               text NOT NULL DEFAULT '',
    create_fingerprint bytea NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint NOT NULL DEFAULT 1
);
CREATE INDEX blocks_listing_idx ON blocks (listing_id);

-- Every night a listing cannot be booked, whatever the reason (a block, or a booking that
-- occupies dates), is one row here. The exclusion constraint makes two claims on one night
-- impossible by construction: no check-then-insert race can double-book.
-- Stays are [check_in, check_out), so a check-out day may be the next check-in.
CREATE TABLE calendar_claims (
    listing_id  uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
    stay        daterange NOT NULL,
    block_id    uuid REFERENCES blocks (id) ON DELETE CASCADE,
    booking_id  uuid,
    CHECK ((block_id IS NULL) <> (booking_id IS NULL)),
    EXCLUDE USING gist (listing_id WITH =, stay WITH &&)
);
CREATE UNIQUE INDEX calendar_claims_block_idx ON calendar_claims (block_id) WHERE block_id IS NOT NULL;
CREATE UNIQUE INDEX calendar_claims_booking_idx ON calendar_claims (booking_id) WHERE booking_id IS NOT NULL;

-- Timestamps cross the wire as epoch milliseconds, so no session time zone can shift them.
CREATE FUNCTION ms(t timestamptz) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (extract(epoch FROM t) * 1000)::bigint;
CREATE FUNCTION from_ms(m bigint) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN to_timestamp(m / 1000.0);

-- Process-wide values every roost-server on this database must agree on (e.g. the generated
-- token-signing key when none is configured).
CREATE TABLE server_settings (
    key    text PRIMARY KEY,
    value  bytea NOT NULL
);
