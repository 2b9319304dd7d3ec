package org.teikit.annotate.editorial;

import java.util.ArrayList;
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
 * it decides), except an alternative name after a name, which it leaves to the entity side; a
 * "[sic]" also marks the slip before it with a {@link Mark.Sic} where the correction is evident.
 * Nested brackets give one span each; an unbalanced bracket gives none and stays text. A "*"
 * touching a word is a footnote anchor where the document has a footnote with that marker.
 * The words that decide are data ({@code editorial-words.tsv}).
 */
public final class EditorialRecogniser implements Recogniser {
    private static final Pattern STARS = Pattern.compile("(?<=[^\\s*\\[])\\*+");

    private final BracketReader reader;

    /** Judges alternative names by their shape ({@link AlternativeNameJudge#byShape()}). */
    public EditorialRecogniser() {
        this(AlternativeNameJudge.byShape());
    }

    /** Judges alternative names with {@code alternatives}, so the entity side can claim its variants. */
    public EditorialRecogniser(AlternativeNameJudge alternatives) {
        this.reader = new BracketReader(WordTable.load(EditorialRecogniser.class, "editorial-words.tsv"), alternatives);
    }

    @Override
    public List<Span> find(String text, RecognitionContext context) {
        List<Span> spans = new ArrayList<>();
        for (Bracket b : Bracket.all(text)) {
            spans.addAll(reader.read(text, b, context.footnoteMarkers()));
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
