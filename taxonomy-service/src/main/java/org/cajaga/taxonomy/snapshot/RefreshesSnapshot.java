package org.cajaga.taxonomy.snapshot;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a curator write: once its transaction has committed, this replica reads a new snapshot before the answer
 * goes out, so the writer's next read here sees the change ({@link SnapshotRefreshInterceptor}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RefreshesSnapshot {
}
