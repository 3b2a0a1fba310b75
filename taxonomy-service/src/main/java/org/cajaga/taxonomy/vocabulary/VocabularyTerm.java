package org.cajaga.taxonomy.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.cajaga.taxonomy.i18n.NameAndDescription;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "vocabulary_term")
public class VocabularyTerm {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public VocabularyKind kind;

    public String code;

    @Embedded
    public NameAndDescription text;

    public int position;

    /** Lessons only: codes of the criteria the lesson helps meet, in curator order; empty for other kinds. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "related_criteria")
    public String[] relatedCriteria = new String[0];

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
