package org.cajaga.practices.linkeddata;

import jakarta.enterprise.context.ApplicationScoped;
import org.cajaga.practices.practice.LinkedDataWriter;
import org.cajaga.practices.practice.PracticeView;

/** getPractice's JSON-LD: the record as a schema.org {@code Project} ({@link PracticeDocument}). */
@ApplicationScoped
public class SchemaOrgWriter implements LinkedDataWriter {

    @Override
    public String write(String base, PracticeView practice) {
        return PracticeDocument.of(base, practice);
    }
}
