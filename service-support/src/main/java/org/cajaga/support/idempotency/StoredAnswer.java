package org.cajaga.support.idempotency;

import java.util.Map;

/** The first answer to a request with an {@code Idempotency-Key}, as it is replayed to a retry. */
record StoredAnswer(int status, Map<String, String> headers, byte[] body) {
}
