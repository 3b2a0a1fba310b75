package org.cajaga.support.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import java.util.stream.Stream;
import org.cajaga.core.i18n.Language;

/**
 * The one entity-tag scheme of every stored resource: derived from what it is ({@code identity}, e.g.
 * {@code practice/<id>}) and its version. A resource served in one representation has {@link #tag()}; one
 * served per language has {@link #in(Language)}, and a write may name whichever variant the client read.
 */
public record VersionTag(String identity, long version) {

    /** The tag of {@code kind} {@code id} at {@code version}, e.g. {@code of("practice", id, 3)}. */
    public static VersionTag of(String kind, Object id, long version) {
        return new VersionTag(kind + "/" + id, version);
    }

    public EntityTag tag() {
        return EntityTags.of(identity, version);
    }

    public EntityTag in(Language language) {
        return EntityTags.of(identity, version, language.tag());
    }

    /** Every tag a client may have read of this version: the plain one and each language's. */
    EntityTag[] variants() {
        return Stream.concat(Stream.of(tag()), Arrays.stream(Language.values()).map(this::in)).toArray(EntityTag[]::new);
    }
}
