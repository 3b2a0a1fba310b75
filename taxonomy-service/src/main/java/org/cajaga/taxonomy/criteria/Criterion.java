package org.cajaga.taxonomy.criteria;

import jakarta.persistence.Embedded;
import jakarta.persistence.Embeddable;
import org.cajaga.taxonomy.i18n.NameAndDescription;

/** One criterion of a criteria-set version; its position in the version is the list order. */
@Embeddable
public class Criterion {

    public String code;

    @Embedded
    public NameAndDescription text;

    Criterion copy() {
        Criterion copy = new Criterion();
        copy.code = code;
        copy.text = text.copy();
        return copy;
    }
}
