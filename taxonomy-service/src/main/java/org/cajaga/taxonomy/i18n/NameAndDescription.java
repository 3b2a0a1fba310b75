package org.cajaga.taxonomy.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.cajaga.core.i18n.Language;
import org.cajaga.support.i18n.LocalizedText;

/** The bilingual name and description curated items share (columns name_es, name_en, description_es, description_en). */
@Embeddable
public class NameAndDescription {

    @Column(name = "name_es")
    public String nameEs;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_es")
    public String descriptionEs;

    @Column(name = "description_en")
    public String descriptionEn;

    public static NameAndDescription of(LocalizedName name, LocalizedText description) {
        NameAndDescription text = new NameAndDescription();
        text.nameEs = name.es();
        text.nameEn = name.en();
        text.descriptionEs = description.es();
        text.descriptionEn = description.en();
        return text;
    }

    public String name(Language language) {
        return language == Language.EN ? nameEn : nameEs;
    }

    public String description(Language language) {
        return language == Language.EN ? descriptionEn : descriptionEs;
    }

    public NameAndDescription copy() {
        NameAndDescription copy = new NameAndDescription();
        copy.nameEs = nameEs;
        copy.nameEn = nameEn;
        copy.descriptionEs = descriptionEs;
        copy.descriptionEn = descriptionEn;
        return copy;
    }
}
