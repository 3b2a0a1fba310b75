package org.cajaga.taxonomy.geography;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "mx_state")
public class MxState {

    /** INEGI CVE_ENT, two digits. */
    @Id
    public String code;

    public String name;
}
