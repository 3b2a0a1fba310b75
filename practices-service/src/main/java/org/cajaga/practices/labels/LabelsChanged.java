package org.cajaga.practices.labels;

/** Fired by {@link TaxonomyLabels} when a refresh stored new or renamed labels ({@code count} of them). */
public record LabelsChanged(int count) {
}
