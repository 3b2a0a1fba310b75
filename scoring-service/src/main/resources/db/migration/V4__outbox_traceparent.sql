-- The W3C traceparent of the request that decided the classification, so that its delivery, sent later by a job,
-- belongs to that trace. Rows written before it have none and are delivered in a trace of their own.
ALTER TABLE classification_outbox ADD COLUMN traceparent text;
