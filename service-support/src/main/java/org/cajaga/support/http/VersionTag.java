package org.cajaga.support.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import org.cajaga.core.i18n.Language;

/**
 * The entity tags of a stored resource, derived from its identity and version: one per language
 * variant, and a write may name whichever variant the client read.
 */
public record VersionTag(String identity, long version) {

    public EntityTag in(Language language) {
        return EntityTags.of(identity, version, language.tag());
    }

    /** Refuses the write (428/412) unless {@code If-Match} names the current version in any language. */
    public void requireMatchedBy(String ifMatch) {
        Preconditions.requireMatch(ifMatch, Arrays.stream(Language.values()).map(this::in).toArray(EntityTag[]::new));
    }
}
