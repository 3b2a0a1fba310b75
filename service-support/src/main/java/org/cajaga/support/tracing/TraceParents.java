package org.cajaga.support.tracing;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.MDC;

/**
 * W3C {@code traceparent} values for work done later or elsewhere than the request that caused it (an outbox row
 * sent by a job, for example): the current trace written down as text, and read back as the parent of a later span.
 * Also puts a span's ids in the logging context under the keys Quarkus uses for requests, for spans the service
 * starts itself.
 */
public final class TraceParents {

    public static final String HEADER = "traceparent";
    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";

    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {
    }

    /** The current span as a {@code traceparent}; null when there is no valid span. */
    public static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context {@code traceparent} names, to start a span in that trace; the root context for null or a malformed value. */
    public static Context parentOf(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, ONE_VALUE);
    }

    /**
     * Names the span's trace and span on the log lines that follow, until the answer is closed, which puts back the
     * ids that were there (a span inside a request gives the request's back).
     */
    public static InLogs showInLogs(SpanContext span) {
        InLogs before = new InLogs(MDC.get(TRACE_ID), MDC.get(SPAN_ID));
        if (span.isValid()) {
            MDC.put(TRACE_ID, span.getTraceId());
            MDC.put(SPAN_ID, span.getSpanId());
        }
        return before;
    }

    /** The trace and span ids the logging context held before {@link #showInLogs(SpanContext)}. */
    public record InLogs(Object traceId, Object spanId) implements AutoCloseable {

        @Override
        public void close() {
            restore(TRACE_ID, traceId);
            restore(SPAN_ID, spanId);
        }

        private static void restore(String key, Object value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }
    }
}
