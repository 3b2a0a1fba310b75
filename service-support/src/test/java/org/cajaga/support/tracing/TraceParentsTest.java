package org.cajaga.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TraceParentsTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @AfterEach
    void clearLogs() {
        MDC.clear();
    }

    @Test
    void aKeptTraceparentIsTheParentContextOfALaterSpan() {
        SpanContext parent = Span.fromContext(TraceParents.parentOf("00-" + TRACE + "-" + SPAN + "-01")).getSpanContext();
        assertThat(parent.isValid()).isTrue();
        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.getTraceId()).isEqualTo(TRACE);
        assertThat(parent.getSpanId()).isEqualTo(SPAN);
        assertThat(parent.isSampled()).isTrue();
    }

    @Test
    void noneOrAMalformedOneIsTheRootContext() {
        assertThat(Span.fromContext(TraceParents.parentOf(null)).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(TraceParents.parentOf(" ")).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(TraceParents.parentOf("00-not-a-trace-01")).getSpanContext().isValid()).isFalse();
    }

    @Test
    void theCurrentSpanIsWrittenAsATraceparent() {
        assertThat(TraceParents.current()).isNull();
        SpanContext context = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        try (Scope ignored = Span.wrap(context).makeCurrent()) {
            assertThat(TraceParents.current()).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
        }
    }

    @Test
    void aSpansIdsShowInLogsUntilClosedThenTheEarlierOnesReturn() {
        MDC.put(TraceParents.TRACE_ID, "request-trace");
        MDC.put(TraceParents.SPAN_ID, "request-span");
        SpanContext context = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        try (TraceParents.InLogs previous = TraceParents.showInLogs(context)) {
            assertThat(MDC.get(TraceParents.TRACE_ID)).isEqualTo(TRACE);
            assertThat(MDC.get(TraceParents.SPAN_ID)).isEqualTo(SPAN);
        }
        assertThat(MDC.get(TraceParents.TRACE_ID)).isEqualTo("request-trace");
        assertThat(MDC.get(TraceParents.SPAN_ID)).isEqualTo("request-span");
        MDC.clear();
        try (TraceParents.InLogs previous = TraceParents.showInLogs(context)) {
            assertThat(MDC.get(TraceParents.TRACE_ID)).isEqualTo(TRACE);
        }
        assertThat(MDC.get(TraceParents.TRACE_ID)).isNull();
    }
}
