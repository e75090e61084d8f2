-- SPDX-License-Identifier: Apache-2.0
-- Sync push: the first result of each mutation, stored in the same transaction as its effect,
-- so a mutation re-sent after a lost answer (or a crash) is answered again and never applied
-- twice.

CREATE TABLE sync_mutations (
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- chosen by the client; unique per user only
    mutation_id  text NOT NULL,
    result       jsonb NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, mutation_id)
);
CREATE INDEX sync_mutations_created_idx ON sync_mutations (created_at);
