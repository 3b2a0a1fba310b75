package org.cajaga.taxonomy.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "sdg_indicator")
public class SdgIndicator {

    @Id
    public String code;

    @Column(name = "target_code")
    public String targetCode;

    public int position;

    @Column(name = "title_es")
    public String titleEs;

    @Column(name = "title_en")
    public String titleEn;
}
