package org.cajaga.notifications.event;

/** What happened to a practice or one of its reflections, as subscriptions name it; the CloudEvent {@code type} is
 * {@code mx.cajaga.<name>}. */
public enum EventType {
    PUBLISHED("practice.published"),
    UPDATED("practice.updated"),
    CLASSIFIED("practice.classified"),
    WITHDRAWN("practice.withdrawn"),
    ARCHIVED("practice.archived"),
    REFLECTION_PUBLISHED("reflection.published");

    public static final String PREFIX = "mx.cajaga.";

    private final String name;

    EventType(String name) {
        this.name = name;
    }

    /** The name subscriptions use, e.g. {@code practice.published}. */
    public String wireName() {
        return name;
    }

    /** The CloudEvent type, e.g. {@code mx.cajaga.practice.published}. */
    public String cloudEventType() {
        return PREFIX + name;
    }

    public static EventType of(String name) {
        for (EventType type : values()) {
            if (type.name.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
