package org.cajaga.notifications.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.cajaga.notifications.delivery.Fanout;
import org.cajaga.support.ids.TimeOrderedIds;

/** Makes the CloudEvent of something that happened, stores it and queues it for every matching subscription. */
@ApplicationScoped
public class Events {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String PING = EventType.PREFIX + "subscription.ping";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    EventLinks links;

    @Inject
    Fanout fanout;

    /** Runs in the caller's transaction (the one that stores the feed position). */
    public StoredEvent record(EventType type, UUID practiceId, long version, Instant time, PracticeFacts facts) {
        return record(type, practiceId, new EventData(practiceId, version, links.practice(practiceId)), time, facts);
    }

    /** {@code reflection.published}: the subject is the practice, the data name the reflection. */
    public StoredEvent recordReflection(UUID practiceId, UUID reflectionId, long version, Instant time, PracticeFacts facts) {
        return record(EventType.REFLECTION_PUBLISHED, practiceId,
                new EventData(reflectionId, version, links.reflection(practiceId, reflectionId)), time, facts);
    }

    private StoredEvent record(EventType type, UUID practiceId, EventData data, Instant time, PracticeFacts facts) {
        StoredEvent event = new StoredEvent();
        event.id = TimeOrderedIds.next();
        event.type = type.wireName();
        event.subject = practiceId;
        event.time = time.truncatedTo(ChronoUnit.MILLIS);
        event.body = write(new WebhookEvent(SPEC_VERSION, event.id.toString(), links.source(), type.cloudEventType(),
                practiceId.toString(), event.time, DATA_CONTENT_TYPE, links.dataSchema(),
                data));
        event.stateCode = facts.stateCode();
        event.municipalities = facts.municipalities();
        event.principles = facts.principles();
        event.classification = facts.classification();
        em.persist(event);
        fanout.queue(event);
        return event;
    }

    /** A test event for one subscription, never stored. */
    public WebhookEvent ping(UUID subscriptionId) {
        return new WebhookEvent(SPEC_VERSION, TimeOrderedIds.next().toString(), links.subscriptionsSource(), PING,
                subscriptionId.toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS), DATA_CONTENT_TYPE,
                links.dataSchema(), new EventData(subscriptionId, 0, links.subscription(subscriptionId)));
    }

    public String write(WebhookEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("An event is always serializable", impossible);
        }
    }
}
