package org.cajaga.notifications;

import java.util.concurrent.atomic.AtomicInteger;

/** A municipality code of its own per test, so each test's subscription sees only that test's practices. */
final class Municipalities {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    private Municipalities() {
    }

    /** A CVEGEO code in Chihuahua (state 08) no other test uses. */
    static String unique() {
        return "08" + String.format("%03d", NEXT.getAndIncrement());
    }
}
