package org.cajaga.practices.search;

/** How a list is ordered; each order is total (ties broken by id), so cursors never skip or repeat. */
public enum SortOrder {
    /** Best match first (with {@code q}); the default when searching. */
    RELEVANCE,
    /** Most recently changed first; the default otherwise. */
    UPDATED,
    /** Alphabetical by title. */
    TITLE
}
