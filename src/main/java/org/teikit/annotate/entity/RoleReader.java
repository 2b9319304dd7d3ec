package org.teikit.annotate.entity;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.teikit.source.BlockKind;

/**
 * Reads what a text says a person is: an office before the name ("Vice Premier", "[GDR Deputy
 * Foreign Minister]"), or an apposition after it ("Basmanov, Deputy Head of the 1st Far Eastern
 * Department of the USSR Foreign Ministry,").
 */
final class RoleReader {
    private static final Set<String> STOPS = Set.of(",", ";", ".", ":", "(", ")", "[", "]", "\"", "\u201c", "\u201d");
    private static final int MAX_WORDS = 18;

    private final Lexicon lexicon;

    RoleReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * What the text says the person whose name ends before token {@code end} is, for the register:
     * the rest of a memorandum's list entry, else the apposition. Not evidence that a name is one.
     */
    @Nullable String roleAfter(TextScan s, int end) {
        return s.kind == BlockKind.ENTRY ? entryRole(s, end) : apposition(s, end);
    }

    /** The apposition after a name ending before token {@code end}, or {@code null}. */
    @Nullable String apposition(TextScan s, int end) {
        Tokens t = s.tokens;
        int k = skipRemark(t, end);
        if (k >= t.size() || !t.get(k).is(",")) return null;
        // "Ghotbzadeh, the Minister of Foreign Affairs,": the article before an office with a capital, the office the role
        if (k + 2 < t.size() && t.get(k + 1).is("the") && t.get(k + 2).isCapitalised() && lexicon.offices.matchAt(t, k + 2) != null) {
            return phrase(t, k + 2);
        }
        return phrase(t, k + 1);
    }

    /**
     * In an entry of a memorandum's list of participants the rest of the line after the name is, by
     * the list's layout, the person's office and post, however it starts ("Mr. …, Jr., Country
     * Director, EUR/EE", "Mr. … (Interpreter)", "Mr. …—IO/UNP"); {@code null} if nothing follows.
     */
    private @Nullable String entryRole(TextScan s, int end) {
        Tokens t = s.tokens;
        int k = end;
        while (k < t.size() && (ENTRY_SEPARATORS.contains(t.get(k).text()) || lexicon.isGenerationalSuffix(t.get(k).text()))) k++;
        int stop = t.size();
        while (stop > k && ENTRY_SEPARATORS.contains(t.get(stop - 1).text())) stop--;
        // "Ambassador Bogdan Crnobrnja of Yugoslavia": without a mark between, the words go on with the name
        return k == end || stop <= k ? null : t.span(k, stop);
    }

    private static final Set<String> ENTRY_SEPARATORS = Set.of(",", "—", "–", "-", "(", ")", ";", ".");

    /** A role phrase starting at token {@code k}, running to the next punctuation; {@code null} if none starts there. */
    @Nullable String phrase(Tokens t, int k) {
        if (k >= t.size()) return null;
        int start = k;
        if (lexicon.isDemonym(t.get(k).text()) && k + 1 < t.size()) k++;
        if (!t.get(k).isWord() || !lexicon.isRoleStart(t.get(k).text()) || lexicon.isHonorific(t, k)) return null;
        int end = k;
        while (end < t.size() && end - start < MAX_WORDS && !STOPS.contains(t.get(end).text())
                && (end == start || !t.get(end).lineStart()) && !lexicon.isHonorific(t, end)) {
            end++;
        }
        while (end > start && lexicon.isRoleTrailingWord(t.get(end - 1).text())) end--;
        return end > start ? t.span(start, end) : null;
    }

    /** A bracket holding an office right before token {@code i} ("[GDR Deputy Foreign Minister] Comrade …"), or {@code null}. */
    @Nullable String bracketBefore(Tokens t, int i) {
        if (i < 2 || !t.get(i - 1).is("]")) return null;
        int open = i - 2;
        while (open >= 0 && !t.get(open).is("[") && i - open < 8) open--;
        if (open < 0 || !t.get(open).is("[")) return null;
        for (int k = open + 1; k < i - 1; k++) {
            if (lexicon.offices.matchAt(t, k) != null) return t.span(open + 1, i - 1);
        }
        return null;
    }

    /** The most words of an office in round brackets after a name. */
    private static final int MAX_BRACKET_WORDS = 8;

    /**
     * An office in round brackets right after a name ending before token {@code end}: "Kapitonov
     * (CPSU CC Secretary)", "Zimyanin (editor of Pravda)"; the bracket holds a known office or opens
     * with a word that opens roles, and nothing but words. {@code null} where none follows.
     */
    @Nullable String bracketAfter(Tokens t, int end) {
        if (end + 2 >= t.size() || !t.get(end).is("(") || !t.adjacent(end)) return null;
        int close = end + 1;
        boolean office = lexicon.isRoleStart(t.get(end + 1).text()) && !lexicon.isHonorific(t, end + 1);
        while (close < t.size() && !t.get(close).is(")") && close - end <= MAX_BRACKET_WORDS) {
            if (!t.get(close).isWord() && !t.get(close).is("'s")) return null;
            office |= t.get(close).isCapitalised() && lexicon.offices.matchAt(t, close) != null;
            close++;
        }
        return close < t.size() && t.get(close).is(")") && close > end + 1 && office ? t.span(end + 1, close) : null;
    }

    /** Skips an editor's remark such as "[female]" right after a name. */
    static int skipRemark(Tokens t, int k) {
        if (k + 2 < t.size() && t.get(k).is("[") && t.get(k + 1).isLowerCase()) {
            int close = k + 1;
            while (close < t.size() && close - k < 6 && !t.get(close).is("]")) close++;
            if (close < t.size() && t.get(close).is("]")) return close + 1;
        }
        return k;
    }
}
