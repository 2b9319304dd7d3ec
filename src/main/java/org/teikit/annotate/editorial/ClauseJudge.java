package org.teikit.annotate.editorial;

import java.util.List;
import java.util.Locale;
import org.teikit.annotate.WordTable;

/**
 * Tells a clause the editor, translator or author wrote in brackets ("[X repeated this several
 * times]", "[the ambassador confirmed this to me privately]") from words supplied to complete the
 * sentence ("[of the occupied territories]", "[the first]"). Supplied words are a phrase; a remark
 * is a clause, so it has a finite verb, or speaks as the editor ("me", "my"). The words that decide
 * are data ({@code editorial-words.tsv}: clause, verb, subject, function, notverb, self).
 */
final class ClauseJudge {
    /** "hundred", "indeed" end in -ed; "shed" and "bred" are too short to be read as verbs. */
    private static final int MIN_PAST_LENGTH = 5;

    private final WordTable words;

    ClauseJudge(WordTable words) {
        this.words = words;
    }

    /** Whether {@code phrase} (the words of one bracket, as written) reads as a clause of the editor's. */
    boolean isClause(List<String> phrase) {
        List<String> ws = phrase.stream().map(ClauseJudge::bare).filter(w -> !w.isEmpty()).toList();
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            if (words.value("clause", w).isPresent() || words.value("self", w).isPresent()) return true;
            if (i > 0 && verbAfter(ws.get(i - 1)) && (words.value("verb", w).isPresent() || pastTense(w))) return true;
        }
        return false;
    }

    /**
     * Whether {@code phrase} ends with its verb and has no word of the editor's own ("Pak spoke",
     * "the minister agreed"): followed by the sentence's next words ("[Pak spoke] about the
     * alliance"), it supplies the sentence's missing subject and verb rather than remarking on it.
     */
    boolean endsWithVerb(List<String> phrase) {
        List<String> ws = phrase.stream().map(ClauseJudge::bare).filter(w -> !w.isEmpty()).toList();
        if (ws.size() < 2 || ws.stream().anyMatch(w -> words.value("self", w).isPresent())) return false;
        String last = ws.get(ws.size() - 1);
        return verbAfter(ws.get(ws.size() - 2))
                && (words.value("verb", last).isPresent() || words.value("clause", last).isPresent() || pastTense(last));
    }

    /**
     * Whether a verb may follow {@code previous}: a subject pronoun ("he"), or a word that is no
     * article, preposition or adverb ("the ambassador confirmed"); after "the" or "newly", "occupied"
     * and "elected" describe a noun.
     */
    private boolean verbAfter(String previous) {
        if (words.value("subject", previous).isPresent()) return true;
        return words.value("function", previous).isEmpty() && !previous.toLowerCase(Locale.ROOT).endsWith("ly");
    }

    private boolean pastTense(String w) {
        return w.length() >= MIN_PAST_LENGTH && w.endsWith("ed") && Character.isLowerCase(w.charAt(0))
                && w.chars().allMatch(Character::isLetter) && words.value("notverb", w).isEmpty();
    }

    /** The word without punctuation at its edges: "times." is "times". */
    private static String bare(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) s++;
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) e--;
        return w.substring(s, e);
    }
}
