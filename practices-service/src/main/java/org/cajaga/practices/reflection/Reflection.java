package org.cajaga.practices.reflection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A signed-in person's reflection on a published practice; hidden ones are kept, only flagged. */
@Entity
@Table(name = "reflection")
public class Reflection {

    @Id
    public UUID id;

    @Column(name = "practice_id")
    public UUID practiceId;

    public String author;

    @Column(name = "author_name")
    public String authorName;

    public String sector;

    public String text;

    @Column(name = "adapt_municipality")
    public String adaptMunicipality;

    @Column(name = "adapt_elements")
    public String adaptElements;

    @Column(name = "adapt_reason")
    public String adaptReason;

    public boolean hidden;

    @Column(name = "hidden_by")
    public String hiddenBy;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
