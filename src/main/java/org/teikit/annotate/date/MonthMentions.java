package org.teikit.annotate.date;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The year each month was last mentioned with, in the texts of one document read so far ("the war
 * of December 1971"), so that a later "in December" far from the document's date can take that
 * year instead of the document's. Mutable: one per document, read in order by one thread.
 */
final class MonthMentions {
    /**
     * How many months a year-less month may lie from the document's before the year of an earlier
     * mention wins: "4 March" in a report of 6 March is this March even after "March 1975".
     */
    private static final int NEAR_MONTHS = 2;

    private final Map<Integer, Integer> yearOfMonth = new HashMap<>();
    /** Every year each month was mentioned with: the document's guess stands where the text gave it too. */
    private final Map<Integer, Set<Integer>> yearsOfMonth = new HashMap<>();

    /** Notes a date whose year the text states. */
    void note(PartialDate p) {
        if (p.year() != null && p.month() != null && !p.inferred()) {
            yearOfMonth.put(p.month(), p.year());
            yearsOfMonth.computeIfAbsent(p.month(), k -> new HashSet<>()).add(p.year());
        }
    }

    /**
     * {@code p} with its year inferred: from an earlier mention of the same month with its year
     * where the document's date would put it far from the document or in the coming year ("revised
     * January 18, 1961" and later "January 18" in a report of December 1964), else from the document.
     */
    PartialDate inferYear(PartialDate p, PartialDate document) {
        PartialDate fromDocument = p.inferYear(document);
        if (!fromDocument.inferred() || p.year() != null || document.month() == null) return fromDocument;
        Integer mentioned = yearOfMonth.get(p.month());
        // "January 2, 1967–January 2, 1968", then "until January" in a report of December 1966: the
        // text named this January too, so the document's guess stands
        if (mentioned == null || yearsOfMonth.get(p.month()).contains(fromDocument.year())) return fromDocument;
        // the document's date put it in the coming year, a guess: the year the text gave that month wins
        if (fromDocument.year() > document.year()) return p.withInferredYear(mentioned);
        long distance = Math.abs(YearMonth.of(document.year(), document.month())
                .until(YearMonth.of(fromDocument.year(), p.month()), java.time.temporal.ChronoUnit.MONTHS));
        return distance > NEAR_MONTHS ? p.withInferredYear(mentioned) : fromDocument;
    }
}
