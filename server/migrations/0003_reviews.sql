-- SPDX-License-Identifier: Apache-2.0
-- Reviews: guests review stays, hosts review guests, double-blind.

CREATE TABLE reviews (
    id            uuid PRIMARY KEY,
    booking_id    uuid NOT NULL REFERENCES bookings (id),
    listing_id    uuid NOT NULL REFERENCES listings (id),
    author_id     uuid NOT NULL REFERENCES users (id),
    subject_id    uuid NOT NULL REFERENCES users (id),
    -- 'stay': a guest about the listing; 'guest': a host about the guest
    kind          text NOT NULL CHECK (kind IN ('stay', 'guest')),
    rating        integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment       text NOT NULL DEFAULT '',
    categories    jsonb NOT NULL DEFAULT '{}',
    response      text,
    response_at   timestamptz,
    -- Set when the other side has reviewed too or the window has closed; until then only the
    -- author sees the review (double-blind).
    published_at  timestamptz,
    create_fingerprint bytea NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint NOT NULL DEFAULT 1,
    UNIQUE (booking_id, author_id)
);
CREATE INDEX reviews_listing_idx ON reviews (listing_id, created_at DESC, id DESC) WHERE kind = 'stay' AND published_at IS NOT NULL;
CREATE INDEX reviews_subject_idx ON reviews (subject_id, created_at DESC, id DESC) WHERE kind = 'guest' AND published_at IS NOT NULL;
