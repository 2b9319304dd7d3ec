package org.teikit.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The headings of a memorandum of conversation, a memorandum or an airgram as the US State
 * Department prints them: a label on a line of its own, in capitals or with its colon
 * ("SUBJECT", "PARTICIPANTS", "MEMORANDUM FOR", "COPIES TO:"), over its value — one line for a
 * field, one entry a line for a list (participants, addressees). Read as structure, they are
 * neither part of the dateline nor prose. The labels are data ({@code memo-labels.tsv}).
 */
final class MemoHeadings {
    private static final String FIELD = "field";
    private static final String DISTRIBUTION = "distribution";
    private static final Map<String, String> LABELS = load("memo-labels.tsv");
    /** An entry of a list is a name with its office, not a sentence ("Mr. …, Deputy Assistant Secretary for European Affairs"). */
    private static final int ENTRY_WORDS = 20;
    /** "U.S." over the American side's participants ends in a full stop but is no sentence. */
    private static final int ABBREVIATION_WORDS = 2;
    /** "…, Ambassador to the U.S.": the full stop is the abbreviation's. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:\\p{Lu}\\.){2,}$");
    private static final Pattern MARKER_END = Pattern.compile("\\[\\d{1,3}]$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]*$");
    private static final WordList SMALL_WORDS = WordList.load("function-words.txt");

    /**
     * One heading with its value.
     *
     * @param label    the label's line
     * @param last     the value's last line ({@code label} when it has none)
     * @param listType the type of list its entries form, or {@code null} for a one-line field
     */
    record Field(int label, int last, @Nullable String listType) {
        /** Whether it is a list of who gets copies ("COPIES TO:"), which the TEI keeps as a distribution note. */
        boolean isDistribution() {
            return DISTRIBUTION.equals(listType);
        }
    }

    private MemoHeadings() { }

    /** The heading that line {@code i} opens, or {@code null}. */
    static @Nullable Field at(BodyLines body, int i) {
        String kind = labelKind(body.get(i));
        if (kind == null) return null;
        if (kind.equals(FIELD)) {
            boolean value = i + 1 < body.size() && body.joinable(i + 1) && labelKind(body.get(i + 1)) == null
                    && !body.isFootnote(i + 1);
            return new Field(i, value ? i + 1 : i, null);
        }
        int j = i + 1;
        while (j < body.size() && isEntry(body, j)) j++;
        int last = j - 1;
        // "US Views on US-Bulgarian Relations" between the last participant and the text heads the text
        if (last > i + 1 && j < body.size() && ClosingMatter.isRunningText(body.get(j)) && isHeading(body.get(last))) last--;
        return new Field(i, last, kind);
    }

    /** The kind of heading a line is ("field" or a list's type), or {@code null} if it is no heading. */
    private static @Nullable String labelKind(LineShape s) {
        String text = s.text.strip();
        boolean colon = text.endsWith(":");
        if (colon) text = text.substring(0, text.length() - 1).strip();
        // in capitals only: "Subject:" or "To:" in small letters is a labelled line of another kind
        if (!isCapitals(text)) return null;
        String lower = text.toLowerCase(Locale.ROOT);
        String kind = LABELS.get(lower);
        if (kind != null) return kind;
        for (Map.Entry<String, String> e : LABELS.entrySet()) {
            String key = e.getKey();
            // a prefix label is written out in capitals with its colon ("THOSE ATTENDING THE BRIEFING WERE:")
            if (key.endsWith("*") && colon && lower.startsWith(key.substring(0, key.length() - 1))) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean isCapitals(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isLowerCase);
    }

    /** A list entry: short, no sentence, no numbered item, no speech ("Secretary Rusk: This surprises me."), no next heading. */
    private static boolean isEntry(BodyLines body, int j) {
        LineShape s = body.get(j);
        return body.joinable(j) && labelKind(s) == null && !body.isFootnote(j) && s.marker == null
                && !(isSentence(s) && s.words > ABBREVIATION_WORDS)
                && s.words <= ENTRY_WORDS && (s.lastChar != ':' || s.words <= ABBREVIATION_WORDS)
                && (s.label == null || s.labelOnly);
    }

    /** Ends on a full stop that is not an abbreviation's ("…, Ambassador to the U.S."), a footnote marker after it or not. */
    private static boolean isSentence(LineShape s) {
        String text = MARKER_END.matcher(s.text.strip()).replaceFirst("");
        return (s.endsSentence || SENTENCE_END.matcher(text).find()) && !ABBREVIATION_END.matcher(text).find();
    }

    /** A title-case line with a small word and no comma: a section's heading rather than a person with an office. */
    private static boolean isHeading(LineShape s) {
        if (s.text.indexOf(',') >= 0 || !s.isTitleCase()) return false;
        for (String w : s.text.split("\\s+")) {
            if (SMALL_WORDS.contains(w) && w.equals(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String line : WordList.lines(resource)) {
            String[] cols = line.split("\t");
            if (cols.length != 2) throw new IllegalStateException(resource + ": want label<TAB>kind: " + line);
            labels.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
        }
        return Collections.unmodifiableMap(labels);
    }
}
