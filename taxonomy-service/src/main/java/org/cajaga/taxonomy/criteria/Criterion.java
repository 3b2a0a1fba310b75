package org.cajaga.taxonomy.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One criterion of a criteria-set version; its position in the version is the list order. */
@Embeddable
public class Criterion {

    public String code;

    @Column(name = "name_es")
    public String nameEs;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_es")
    public String descriptionEs;

    @Column(name = "description_en")
    public String descriptionEn;

    Criterion copy() {
        Criterion copy = new Criterion();
        copy.code = code;
        copy.nameEs = nameEs;
        copy.nameEn = nameEn;
        copy.descriptionEs = descriptionEs;
        copy.descriptionEn = descriptionEn;
        return copy;
    }
}
