package org.cajaga.taxonomy.snapshot;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

/**
 * Refreshes the snapshot after a {@link RefreshesSnapshot} method returns. Its priority puts it outside
 * {@code @Transactional} (platform-before + 200), so the change has committed when the snapshot is read. A write
 * that committed stays a success if the refresh fails: the periodic check reads the snapshot again.
 */
@RefreshesSnapshot
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class SnapshotRefreshInterceptor {

    private static final Logger LOG = Logger.getLogger(SnapshotRefreshInterceptor.class);

    @Inject
    TaxonomySnapshots snapshots;

    @AroundInvoke
    Object refreshAfter(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        try {
            snapshots.refresh();
        } catch (RuntimeException unreachable) {
            LOG.warnf("Taxonomy snapshot not refreshed after a change (%s); the periodic check will", unreachable.toString());
        }
        return result;
    }
}
