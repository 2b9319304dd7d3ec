package org.teikit.annotate.editorial;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.teikit.annotate.Mark;
import org.teikit.annotate.Span;
import org.teikit.annotate.WordTable;

/**
 * Decides what one bracket of a text is, by its content and its neighbours, in this order:
 * a footnote marker the document has; a gap ("[…]", "[illegible]", "[name not declassified]");
 * "[sic]"; a labelled remark ("[stamp: …]"); a remark word ("[female]", "[Signed]") or a
 * bracket led by a pointer word ("[see Attachment 1]"); a name part glued to a letter
 * ("W[illiam]") or a person led by a title ("[Comrade Kovács]"), both supplied; an alternative name (supplied, never a
 * remark, see {@link AlternativeNameJudge}); a lone
 * descriptive word after a name ("Comrade Dorn [female]"); a clause of the editor's (with a
 * finite verb or the editor's "me", see {@link ClauseJudge}, or capitalised and ending like a sentence, or
 * running over several lines); an
 * identification after a name ("Yi [Minister of Foreign Affairs]"); else words supplied.
 */
final class BracketReader {
    private static final int MAX_LABEL_LENGTH = 40;
    /** The years an editor completes in the archive's documents; a bracketed figure outside is no year. */
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2099;
    private static final int MIN_CLAUSE_WORDS = 3;
    /** The most words a bracket counting lost text has ("[1 line of text missing]"). */
    private static final int MAX_GAP_WORDS = 5;
    private static final String REMARK = "editorial";
    private static final String SENTENCE_ENDS = ".!?";

    private final WordTable words;
    private final AlternativeNameJudge alternatives;
    private final ClauseJudge clauses;

    BracketReader(WordTable words, AlternativeNameJudge alternatives) {
        this.words = words;
        this.alternatives = alternatives;
        this.clauses = new ClauseJudge(words);
    }

    /** The spans bracket {@code b} of {@code text} gives: none, one, or a remark and the slip it marks. */
    List<Span> read(String text, Bracket b, Set<String> footnoteMarkers) {
        String content = b.content(text);
        if (footnoteMarkers.contains(content)) {
            return b.opensText(text) ? List.of() : List.of(span(b, new Mark.FootnoteAnchor(content)));
        }
        if (content.chars().allMatch(Character::isDigit)) {
            // "[1956]", "[19]56": a year or a century the editor completed; any other figure
            // ("[3]" with no footnote to it) is a marker whose note is missing, and stays text
            return suppliedYear(text, b, content) ? List.of(span(b, new Mark.Supplied())) : List.of();
        }
        Optional<String> gap = gapReason(content);
        if (gap.isPresent()) return List.of(span(b, new Mark.Gap(gap.get())));
        if (words.value("sic", content).isPresent()) return sic(text, b);
        Optional<String> label = labelType(content);
        if (label.isPresent()) return List.of(span(b, new Mark.EditorialNote(label.get())));
        Optional<String> remark = words.value("remark", content)
                .or(() -> content.endsWith(".") ? words.value("remark", content.substring(0, content.length() - 1)) : Optional.empty())
                .or(() -> words.value("lead", content.split("\\s+")[0]))
                .or(() -> words.valueAtEnd("remarkend", content));
        if (remark.isPresent()) return List.of(span(b, new Mark.EditorialNote(remark.get())));
        if (b.glued(text) || titledName(content)) return List.of(span(b, new Mark.Supplied()));
        // "[SED Central Committee\n\nDepartment …\n\nSAPMO-BA, signature missing]": over several lines, the editor describes the page
        if (content.indexOf('\n') >= 0) return List.of(span(b, new Mark.EditorialNote(REMARK)));
        // "Guseong [Kusong]": the editor supplies another spelling; the entity side takes the name and its variant as one mention.
        if (alternatives.isAlternativeName(text, b.open(), b.close())) return List.of(span(b, new Mark.Supplied()));
        return List.of(span(b, remarkByShape(text, b, content) ? new Mark.EditorialNote(REMARK) : new Mark.Supplied()));
    }

    /** "[1956]" (a year of four figures) or "[19]56" (the figures go on after the bracket). */
    private static boolean suppliedYear(String text, Bracket b, String content) {
        if (content.isEmpty()) return false;
        if (content.length() == 4) {
            int year = Integer.parseInt(content);
            return year >= MIN_YEAR && year <= MAX_YEAR;
        }
        int after = b.end();
        return content.length() == 2 && after < text.length() && Character.isDigit(text.charAt(after));
    }

    /** Whether {@code content} is the editor's "sic" ("sic", "SIC", "sic!"). */
    boolean isSic(String content) {
        return words.value("sic", content).isPresent();
    }

    /** Whether a bracket whose words begin so ("handwritten in the margin: "DVO ") is a labelled remark. */
    boolean opensRemark(String start) {
        return labelType(start + "…").isPresent();
    }

    /** "[Comrade Kovács]": a title and a name, every word capitalised. */
    private boolean titledName(String content) {
        String[] ws = content.split("\\s+");
        return words.value("title", ws[0]).isPresent()
                && Arrays.stream(ws).allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    private Optional<String> gapReason(String content) {
        if (!content.isEmpty() && content.chars().allMatch(c -> c == '.' || c == '…' || c == ' ')) {
            return Optional.of("omitted");
        }
        return words.value("gap", content).or(() -> words.valueAtEnd("gapend", content))
                .or(() -> fewWords(content) ? words.valueAtEnd("gapshort", content) : Optional.empty());
    }

    /** Whether {@code content} is a few words on one line, as a count of lost text is ("two words illegible"). */
    private static boolean fewWords(String content) {
        return content.indexOf('\n') < 0 && content.split("\\s+").length <= MAX_GAP_WORDS;
    }

    /** "[stamp: …]": the label before the colon names the type; an unknown lower-case label is a remark too. */
    private Optional<String> labelType(String content) {
        int colon = content.indexOf(':');
        if (colon <= 0 || colon > MAX_LABEL_LENGTH || content.substring(colon + 1).isBlank()) return Optional.empty();
        String label = content.substring(0, colon).strip();
        String first = label.split("\\s+")[0];
        return words.value("label", label)
                .or(() -> words.value("label", first))
                .or(() -> Character.isLowerCase(label.charAt(0)) ? Optional.of(REMARK) : Optional.empty());
    }

    /**
     * "excelent [sic]": the remark, and the slip before it, with its correction where that is
     * evident (a known misspelling, a verb whose number is all [sic] can point at), else without.
     */
    List<Span> sic(String text, Bracket b) {
        Span note = span(b, new Mark.EditorialNote("sic"));
        int[] slip = b.tokenBefore(text);
        if (slip == null) return List.of(note);
        String word = text.substring(slip[0], slip[1]);
        String corr = words.value("correction", word.toLowerCase(Locale.ROOT))
                .map(c -> Character.isUpperCase(word.charAt(0)) ? c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1) : c)
                .orElse(null);
        return List.of(new Span(slip[0], slip[1], new Mark.Sic(corr)), note);
    }

    /**
     * A lone descriptive word after a name, a sentence, a clause (see {@link ClauseJudge}), or an
     * identification of the name before it are the editor's own words; anything else is supplied
     * to the text, and so is a subject and verb that the sentence runs on from ("[Pak spoke] about").
     */
    private boolean remarkByShape(String text, Bracket b, String content) {
        List<String> ws = Arrays.asList(content.split("\\s+"));
        String before = b.wordBefore(text);
        // "The [International Control] Commission": an article opening a sentence is no name
        boolean afterName = !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && words.value("function", before).isEmpty();
        if (ws.size() == 1) {
            String w = ws.get(0);
            return afterName && Character.isLowerCase(w.charAt(0)) && words.value("function", w).isEmpty();
        }
        boolean sentence = Character.isUpperCase(content.charAt(0)) && SENTENCE_ENDS.indexOf(content.charAt(content.length() - 1)) >= 0;
        if (!sentence && clauses.endsWithVerb(ws) && b.lowerCaseWordAfter(text)) return false;
        if (ws.size() >= MIN_CLAUSE_WORDS && (sentence || clauses.isClause(ws))) return true;
        return afterName && ws.size() >= MIN_CLAUSE_WORDS && Character.isUpperCase(content.charAt(0))
                && ws.stream().anyMatch(w -> Character.isLowerCase(w.charAt(0)));
    }

    private static Span span(Bracket b, Mark mark) {
        return new Span(b.start(), b.end(), mark);
    }
}
