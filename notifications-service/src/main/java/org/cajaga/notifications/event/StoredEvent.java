package org.cajaga.notifications.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event derived from the feed, kept as the CloudEvent sent, with the facts subscriptions filter on. */
@Entity
@Table(name = "event")
public class StoredEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    public UUID id;

    public String type;

    public UUID subject;

    public Instant time;

    /** The CloudEvent JSON, exactly the body every delivery sends. */
    public String body;

    @Column(name = "state_code")
    public String stateCode;

    public String[] municipalities;

    public String[] principles;

    public String classification;
}
