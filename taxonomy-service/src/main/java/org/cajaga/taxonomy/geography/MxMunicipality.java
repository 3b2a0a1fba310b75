package org.cajaga.taxonomy.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "mx_municipality")
public class MxMunicipality {

    /** INEGI CVEGEO: state code followed by the three-digit municipality code. */
    @Id
    public String cvegeo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code")
    public MxState state;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String name;

    /** 2020 census population (INEGI); null for municipalities created since. */
    public Integer population;

    /** Filled by the database (lower-case, accents removed) for accent-insensitive search. */
    @Column(name = "search_name", insertable = false, updatable = false)
    public String searchName;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
