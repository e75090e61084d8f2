-- Why a booking was cancelled, in the words of whoever cancelled it (POST /bookings/{id}/cancel
-- {reason?}); shown to both sides and quoted in the cancellation e-mail.
ALTER TABLE bookings ADD COLUMN cancel_reason text CHECK (char_length(cancel_reason) <= 500);
