package org.cajaga.gateway.ratelimit;

import io.vertx.core.Future;

/** Where the gateway counts requests against their budgets. */
interface Counters {

    Future<Decision> hit(Budget budget);
}
