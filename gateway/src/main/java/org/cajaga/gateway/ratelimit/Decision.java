package org.cajaga.gateway.ratelimit;

/**
 * The answer of a counter to one request.
 *
 * @param allowed           whether the request is within the budget
 * @param limit             the budget: requests in a burst, refilled over one period
 * @param remaining         requests that could follow at once
 * @param retryAfterSeconds when refused, how long until one more request is allowed
 * @param resetSeconds      how long until the whole budget is available again
 */
record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetSeconds) {
}
