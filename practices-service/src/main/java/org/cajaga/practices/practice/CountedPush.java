package org.cajaga.practices.practice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A resource method that writes one pushed record: {@link PushCounting} counts what its answer says. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface CountedPush {

    PushMetrics.Push value();
}
