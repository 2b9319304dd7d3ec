package org.teikit.annotate.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;
import org.teikit.annotate.Recogniser;
import org.teikit.annotate.Span;
import org.teikit.annotate.WordTable;

/**
 * Finds the editor's square brackets and footnote markers. Every balanced pair of brackets becomes
 * a {@link Mark.Supplied}, {@link Mark.EditorialNote}, {@link Mark.Gap} or
 * {@link Mark.FootnoteAnchor} span that includes the brackets (see {@link BracketReader} for how
 * it decides); an alternative name after a name is supplied (the entity side nests it in its mention); a
 * "[sic]" (or "(sic)") also marks the slip before it with a {@link Mark.Sic} where the correction is evident.
 * Nested brackets give one span each; an unbalanced bracket gives none and stays text. A "*"
 * touching a word is a footnote anchor where the document has a footnote with that marker; so is a
 * figure in round brackets glued to a word ("Pospelov(1)").
 * The words that decide are data ({@code editorial-words.tsv}).
 */
public final class EditorialRecogniser implements Recogniser {
    private static final String QUOTES_AND_SPACE = "\"'”’» ";
    private static final Pattern STARS = Pattern.compile("(?<=[^\\s*\\[])\\*+");
    /** "(sic)", "(sic!)": the editor's mark in round brackets, as some translations print it. */
    /** "Pospelov(1)": a figure in round brackets glued to a word, an anchor where the document has that footnote. */
    private static final Pattern ROUND_MARKER = Pattern.compile("(?<=[\\p{L}.,;:\"”’])\\((\\d{1,2})\\)");
    private static final Pattern ROUND_SIC = Pattern.compile("\\((?<content>[^()]{1,6})\\)");

    private final BracketReader reader;

    /** Judges alternative names by their shape ({@link AlternativeNameJudge#byShape()}). */
    public EditorialRecogniser() {
        this(AlternativeNameJudge.byShape());
    }

    /** Judges alternative names with {@code alternatives}, so the entity side can claim its variants. */
    public EditorialRecogniser(AlternativeNameJudge alternatives) {
        this.reader = new BracketReader(WordTable.load(EditorialRecogniser.class, "editorial-words.tsv"), alternatives);
    }

    /**
     * "[handwritten: "DVO [Far East Department"]": a labelled remark whose "]" the stack gave to a
     * bracket opened inside it and never closed. The remark takes the "]" back ({@code pairs} is
     * changed so), and the inner bracket is words supplied up to where its quotation ends; {@code []}
     * where the unclosed bracket at {@code open} opens no remark.
     */
    private List<Span> reclaimRemark(String text, int open, List<Bracket> pairs) {
        Bracket inner = pairs.stream().filter(b -> b.open() > open).findFirst().orElse(null);
        if (inner == null || !reader.opensRemark(text.substring(open + 1, inner.open()))) return List.of();
        pairs.remove(inner);
        pairs.add(new Bracket(open, inner.close()));
        pairs.sort(Comparator.comparingInt(Bracket::open));
        int end = inner.close();
        while (end > inner.open() + 1 && QUOTES_AND_SPACE.indexOf(text.charAt(end - 1)) >= 0) end--;
        return List.of(new Span(inner.open(), end, new Mark.Supplied()));
    }

    @Override
    public List<Span> find(String text, RecognitionContext context) {
        List<Span> spans = new ArrayList<>();
        List<Bracket> pairs = new ArrayList<>(Bracket.all(text));
        for (int open : Bracket.unclosed(text)) {
            spans.addAll(reclaimRemark(text, open, pairs));
        }
        for (Bracket b : pairs) {
            spans.addAll(reader.read(text, b, context.footnoteMarkers()));
        }
        Matcher round = ROUND_SIC.matcher(text);
        while (round.find()) {
            if (reader.isSic(round.group("content").strip())) {
                spans.addAll(reader.sic(text, new Bracket(round.start(), round.end() - 1)));
            }
        }
        Matcher marker = ROUND_MARKER.matcher(text);
        while (marker.find()) {
            if (context.footnoteMarkers().contains(marker.group(1))) {
                spans.add(new Span(marker.start(), marker.end(), new Mark.FootnoteAnchor(marker.group(1))));
            }
        }
        Matcher stars = STARS.matcher(text);
        while (stars.find()) {
            if (context.footnoteMarkers().contains(stars.group())) {
                spans.add(new Span(stars.start(), stars.end(), new Mark.FootnoteAnchor(stars.group())));
            }
        }
        return spans;
    }
}
