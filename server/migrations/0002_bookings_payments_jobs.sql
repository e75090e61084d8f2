-- SPDX-License-Identifier: Apache-2.0
-- Bookings, payments, refunds, payouts, idempotency keys and background jobs.

CREATE TABLE bookings (
    id                  uuid PRIMARY KEY,
    listing_id          uuid NOT NULL REFERENCES listings (id),
    guest_id            uuid NOT NULL REFERENCES users (id),
    host_id             uuid NOT NULL REFERENCES users (id),
    stay                daterange NOT NULL CHECK (NOT isempty(stay) AND lower_inc(stay) AND NOT upper_inc(stay)),
    guests              integer NOT NULL CHECK (guests >= 1),
    nightly_total       bigint NOT NULL,
    discount            bigint NOT NULL,
    cleaning_fee        bigint NOT NULL,
    service_fee         bigint NOT NULL,
    total               bigint NOT NULL,
    currency            text NOT NULL,
    status              text NOT NULL CHECK (status IN ('pending_payment', 'awaiting_host', 'confirmed', 'declined',
                                                        'expired', 'cancelled', 'completed')),
    -- Terms copied from the listing when booked: later edits of the listing do not change them.
    instant_book        boolean NOT NULL,
    cancellation_policy text NOT NULL,
    refund_amount       bigint NOT NULL DEFAULT 0,
    message             text NOT NULL DEFAULT '',
    hold_expires_at     timestamptz NOT NULL,
    respond_by          timestamptz,
    create_fingerprint  bytea NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 1,
    -- Two bookings that hold dates can never share a night (adjacent stays are fine: [in, out)).
    EXCLUDE USING gist (listing_id WITH =, stay WITH &&)
        WHERE (status IN ('pending_payment', 'awaiting_host', 'confirmed'))
);
CREATE INDEX bookings_guest_idx ON bookings (guest_id, created_at DESC, id DESC);
CREATE INDEX bookings_host_idx ON bookings (host_id, created_at DESC, id DESC);
CREATE INDEX bookings_listing_idx ON bookings (listing_id);

-- Bookings that hold dates also claim them, which keeps them apart from blocks.
ALTER TABLE calendar_claims
    ADD CONSTRAINT calendar_claims_booking_fk FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE;

CREATE TABLE payments (
    id            uuid PRIMARY KEY,
    booking_id    uuid NOT NULL REFERENCES bookings (id),
    amount        bigint NOT NULL,
    currency      text NOT NULL,
    status        text NOT NULL CHECK (status IN ('succeeded', 'failed')),
    failure_code  text,
    -- Never the card number: only what a receipt shows.
    card_last4    text NOT NULL,
    card_brand    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payments_booking_idx ON payments (booking_id, created_at);
-- At most one successful charge per booking, whatever the clients do.
CREATE UNIQUE INDEX payments_one_success_idx ON payments (booking_id) WHERE status = 'succeeded';

CREATE TABLE refunds (
    id          uuid PRIMARY KEY,
    payment_id  uuid NOT NULL REFERENCES payments (id),
    booking_id  uuid NOT NULL REFERENCES bookings (id),
    amount      bigint NOT NULL CHECK (amount > 0),
    currency    text NOT NULL,
    reason      text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refunds_booking_idx ON refunds (booking_id);

CREATE TABLE payouts (
    id          uuid PRIMARY KEY,
    booking_id  uuid NOT NULL UNIQUE REFERENCES bookings (id),
    listing_id  uuid NOT NULL REFERENCES listings (id),
    host_id     uuid NOT NULL REFERENCES users (id),
    amount      bigint NOT NULL,
    currency    text NOT NULL,
    status      text NOT NULL CHECK (status IN ('scheduled', 'released', 'cancelled')),
    release_at  timestamptz NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 1
);
CREATE INDEX payouts_host_idx ON payouts (host_id, created_at DESC, id DESC);

-- The first completed answer to a request carrying an Idempotency-Key, stored in the same
-- transaction as its effect, so a replay gets the same answer and a crash cannot split them.
CREATE TABLE idempotency_keys (
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key          text NOT NULL,
    fingerprint  bytea NOT NULL,
    status       integer NOT NULL,
    body         bytea NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

-- Background work. Workers take a job by leasing it (state running, locked_until); a job whose
-- worker died is taken again once its lease runs out, so nothing is lost to a crash.
CREATE TABLE jobs (
    id            bigserial PRIMARY KEY,
    kind          text NOT NULL,
    payload       jsonb NOT NULL DEFAULT '{}',
    run_at        timestamptz NOT NULL DEFAULT now(),
    state         text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'dead')),
    attempts      integer NOT NULL DEFAULT 0,
    max_attempts  integer NOT NULL DEFAULT 8,
    locked_until  timestamptz,
    last_error    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE state = 'queued';
CREATE INDEX jobs_running_idx ON jobs (locked_until) WHERE state = 'running';
