package org.cajaga.practices.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * The published titles as type-ahead reads them, at one moment: each title's start and the start of each of its
 * other words, in two arrays sorted by the accent-free text from there on, so that the titles or words starting
 * with a text are a binary search away and come in order; and how many published titles each municipality and
 * state has. Never changed: {@link #with} makes the next one, merging the changed titles into the sorted arrays.
 */
final class TitleSnapshot {

    /** A published practice's title and places; {@code folded} is its accent-free title ({@code search_title}). */
    record Title(UUID id, String text, String folded, String state, List<String> municipalities) {
    }

    /** A title and where in its accent-free text a word starts. */
    record WordMatch(Title title, int offset) {

        String tail() {
            return title.folded().substring(offset);
        }
    }

    /** By accent-free text, then by practice (oldest first: ids are time-ordered), so that equal texts come in one order. */
    private static final Comparator<Title> BY_TEXT = Comparator.comparing(Title::folded).thenComparing(Title::id);
    private static final Comparator<WordMatch> BY_TAIL = (a, b) -> compare(a.title(), a.offset(), b.title(), b.offset());

    private final Map<UUID, Title> titles;
    private final Map<String, Integer> places;
    /** Every title, by its accent-free text. */
    private final Title[] starts;
    /** Every word start but the first of each title, by the accent-free text from there on. */
    private final Title[] words;
    private final int[] offsets;

    private TitleSnapshot(Map<UUID, Title> titles, Map<String, Integer> places, Title[] starts, Title[] words, int[] offsets) {
        this.titles = titles;
        this.places = places;
        this.starts = starts;
        this.words = words;
        this.offsets = offsets;
    }

    static TitleSnapshot of(Collection<Title> published) {
        return new TitleSnapshot(Map.of(), Map.of(), new Title[0], new Title[0], new int[0]).with(published, List.of());
    }

    int size() {
        return titles.size();
    }

    /** The published title of that practice, null when it is not published. */
    Title title(UUID id) {
        return titles.get(id);
    }

    int wordCount() {
        return words.length;
    }

    /** The next snapshot: these titles published (new or changed) and these practices no longer public. */
    TitleSnapshot with(Collection<Title> published, Collection<UUID> removed) {
        Map<UUID, Title> next = new HashMap<>(titles);
        Map<String, Integer> counts = new HashMap<>(places);
        for (UUID id : removed) {
            Title before = next.remove(id);
            if (before != null) {
                count(counts, before, -1);
            }
        }
        List<Title> added = new ArrayList<>();
        for (Title title : published) {
            Title before = next.put(title.id(), title);
            if (before != null) {
                count(counts, before, -1);
            }
            count(counts, title, 1);
            added.add(title);
        }
        added.sort(BY_TEXT);
        List<WordMatch> addedWords = new ArrayList<>();
        for (Title title : added) {
            wordStarts(title.folded(), offset -> addedWords.add(new WordMatch(title, offset)));
        }
        addedWords.sort(BY_TAIL);
        return new TitleSnapshot(next, counts, mergeStarts(next, added), null, null).withWords(words, offsets, addedWords);
    }

    /** The first {@code limit} titles starting with {@code prefix} (accent-free), in order. */
    List<Title> starting(String prefix, int limit) {
        List<Title> found = new ArrayList<>();
        for (int i = lowerBound(starts, null, prefix); i < starts.length && found.size() < limit
                && starts[i].folded().startsWith(prefix); i++) {
            found.add(starts[i]);
        }
        return found;
    }

    /** The first {@code limit} word starts (but titles' first words) starting with {@code prefix}, in order. */
    List<WordMatch> wordsStarting(String prefix, int limit) {
        List<WordMatch> found = new ArrayList<>();
        for (int i = lowerBound(words, offsets, prefix); i < words.length && found.size() < limit
                && words[i].folded().startsWith(prefix, offsets[i]); i++) {
            found.add(new WordMatch(words[i], offsets[i]));
        }
        return found;
    }

    /** Whether published practices are in that municipality or state. */
    boolean hasPublished(String kind, String code) {
        return places.containsKey(kind + ":" + code);
    }

    /** This snapshot with {@code before}'s word starts of current titles and {@code added} merged, in order. */
    private TitleSnapshot withWords(Title[] before, int[] beforeOffsets, List<WordMatch> added) {
        Title[] merged = new Title[before.length + added.size()];
        int[] mergedOffsets = new int[merged.length];
        int n = 0;
        int next = 0;
        for (int i = 0; i < before.length; i++) {
            Title kept = before[i];
            if (titles.get(kept.id()) != kept) {
                continue;
            }
            while (next < added.size() && compare(added.get(next).title(), added.get(next).offset(), kept, beforeOffsets[i]) < 0) {
                merged[n] = added.get(next).title();
                mergedOffsets[n++] = added.get(next++).offset();
            }
            merged[n] = kept;
            mergedOffsets[n++] = beforeOffsets[i];
        }
        for (; next < added.size(); next++) {
            merged[n] = added.get(next).title();
            mergedOffsets[n++] = added.get(next).offset();
        }
        return new TitleSnapshot(titles, places, starts, Arrays.copyOf(merged, n), Arrays.copyOf(mergedOffsets, n));
    }

    /** {@code starts} of the current titles with {@code added} merged, in order. */
    private Title[] mergeStarts(Map<UUID, Title> current, List<Title> added) {
        Title[] merged = new Title[current.size()];
        int n = 0;
        int next = 0;
        for (Title kept : starts) {
            if (current.get(kept.id()) != kept) {
                continue;
            }
            while (next < added.size() && BY_TEXT.compare(added.get(next), kept) < 0) {
                merged[n++] = added.get(next++);
            }
            merged[n++] = kept;
        }
        while (next < added.size()) {
            merged[n++] = added.get(next++);
        }
        return merged;
    }

    private static void count(Map<String, Integer> counts, Title title, int change) {
        if (title.state() != null) {
            counts.merge("state:" + title.state(), change, TitleSnapshot::sumOrNone);
        }
        for (String municipality : title.municipalities()) {
            counts.merge("municipality:" + municipality, change, TitleSnapshot::sumOrNone);
        }
    }

    private static Integer sumOrNone(Integer a, Integer b) {
        int sum = a + b;
        return sum == 0 ? null : sum;
    }

    /** Calls {@code start} with each position after the first where a letter or digit follows anything else. */
    static void wordStarts(String text, IntConsumer start) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && !Character.isLetterOrDigit(text.charAt(i - 1))) {
                start.accept(i);
            }
        }
    }

    /** By the accent-free text from the word on, then by practice (oldest first: ids are time-ordered). */
    private static int compare(Title a, int i, Title b, int j) {
        int byText = compare(a.folded(), i, b.folded(), j);
        return byText != 0 ? byText : a.id().compareTo(b.id());
    }

    /** Compares {@code a} from {@code i} on with {@code b} from {@code j} on, as String.compareTo compares. */
    private static int compare(String a, int i, String b, int j) {
        int length = Math.min(a.length() - i, b.length() - j);
        for (int k = 0; k < length; k++) {
            char x = a.charAt(i + k);
            char y = b.charAt(j + k);
            if (x != y) {
                return x - y;
            }
        }
        return (a.length() - i) - (b.length() - j);
    }

    /** The first position whose text (from its offset, when there are offsets) is not before {@code prefix}. */
    private static int lowerBound(Title[] sorted, int[] offsets, String prefix) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(sorted[middle].folded(), offsets == null ? 0 : offsets[middle], prefix, 0) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
