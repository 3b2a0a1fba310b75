package org.cajaga.taxonomy.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "sdg_target")
public class SdgTarget {

    @Id
    public String code;

    @Column(name = "goal_number")
    public int goalNumber;

    public int position;

    @Column(name = "title_es")
    public String titleEs;

    @Column(name = "title_en")
    public String titleEn;
}
