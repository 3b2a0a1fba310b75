package org.cajaga.gateway.ratelimit;

/**
 * Whose requests count together and how many of them a minute allows.
 *
 * @param key    the counter's name: {@code user:<client>:<sub>}, {@code client:<client>} or {@code ip:<address>}
 * @param kind   {@code user}, {@code client} or {@code ip}, for the metrics
 * @param limit  requests in a burst; then one per period / limit
 * @param periodMillis the period, 60 s unless configured otherwise
 */
record Budget(String key, String kind, int limit, long periodMillis) {
}
