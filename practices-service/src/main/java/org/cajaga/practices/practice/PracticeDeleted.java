package org.cajaga.practices.practice;

import java.util.UUID;

/**
 * A draft was deleted (a CDI event, fired inside the deleting transaction), so that the packages that keep
 * something about practices, such as the workflow's tombstones, can follow without this package knowing them.
 *
 * @param wasPublished the record had been public once
 */
public record PracticeDeleted(UUID id, boolean wasPublished) {
}
