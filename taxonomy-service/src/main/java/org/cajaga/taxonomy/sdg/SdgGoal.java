package org.cajaga.taxonomy.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "sdg_goal")
public class SdgGoal {

    @Id
    public int number;

    @Column(name = "title_es")
    public String titleEs;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "short_es")
    public String shortEs;

    @Column(name = "short_en")
    public String shortEn;
}
