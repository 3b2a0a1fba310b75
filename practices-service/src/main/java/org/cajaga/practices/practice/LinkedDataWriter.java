package org.cajaga.practices.practice;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import org.cajaga.support.http.EntityTags;

/**
 * getPractice's second representation: the record as schema.org linked data, chosen by {@code Accept},
 * with an ETag of its own. Implemented by the {@code linkeddata} package, which builds on the practice
 * records, so that they do not depend on it.
 */
public interface LinkedDataWriter {

    String MEDIA_TYPE = "application/ld+json";

    /** What getPractice offers, JSON first. */
    List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(MEDIA_TYPE)).build();

    /** @param base the public base URL the document's links start with */
    String write(String base, PracticeView practice);

    /** Whether the request's {@code Accept} prefers linked data to plain JSON. */
    static boolean wanted(Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        return chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(MEDIA_TYPE));
    }

    /** The linked data's ETag, distinct from the JSON one of the same version. */
    static EntityTag tagOf(EntityTag jsonTag) {
        return EntityTags.of(jsonTag.getValue(), MEDIA_TYPE);
    }
}
