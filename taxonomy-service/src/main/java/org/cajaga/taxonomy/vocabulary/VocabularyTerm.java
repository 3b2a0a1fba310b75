package org.cajaga.taxonomy.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "vocabulary_term")
public class VocabularyTerm {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public VocabularyKind kind;

    public String code;

    @Column(name = "name_es")
    public String nameEs;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_es")
    public String descriptionEs;

    @Column(name = "description_en")
    public String descriptionEn;

    public int position;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
