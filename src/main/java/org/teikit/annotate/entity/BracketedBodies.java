package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.teikit.annotate.EntityType;

/**
 * Bodies whose name the editor's brackets complete inside a word: "DPRK Minis[try] of Foreign
 * Affairs", "Central Com[mittee] of the KWP", "Gen[eral] Staff of the KPA". The organisation
 * grammar reads words as written, so "Minis" is no head to it and the name is lost or cut to its
 * tail ("Staff of the KPA"). The text is read once more with only such in-word brackets taken out
 * (letters right before the "[", letters alone inside); a body found there whose name runs across a
 * bracket is mapped back onto the text's own tokens, brackets included, with the names nested in it.
 * Brackets that supply whole words ("[Soviet] Embassy") the grammar reads itself; known places cut
 * by brackets are {@link BracketedNames}'.
 */
final class BracketedBodies {
    private BracketedBodies() { }

    /**
     * The bodies of {@code s} read through in-word brackets, claimed on {@code s}, with their nested names.
     *
     * @param hitsOf the known names of a text, as the organisation grammar is given them
     */
    static List<NameFound> find(TextScan s, OrgGrammar orgs, Function<TextScan, Hits> hitsOf, Set<String> ownMissions) {
        String text = s.tokens.text();
        UnbracketedText u = UnbracketedText.of(text, (open, close) -> open > 0 && Character.isLetter(text.charAt(open - 1))
                && smallLetters(text, open + 1, close));
        if (u == null) return List.of();
        TextScan c = new TextScan(s.index, u.clean(), s.kind);
        List<NameFound> out = new ArrayList<>();
        List<NameFound> found = orgs.find(c, hitsOf.apply(c), ownMissions);
        for (int n = 0; n < found.size(); n++) {
            NameFound body = found.get(n);
            if (body.type() != EntityType.ORG) continue;
            int[] span = onTokens(s, c, body, u);
            if (span == null || !u.crosses(s.start(span[0]), s.end(span[1])) || !s.free(span[0], span[1])) continue;
            List<NameFound> mapped = new ArrayList<>();
            mapped.add(moved(s, body, span));
            // the names nested in it follow it in the grammar's list
            for (int m = n + 1; m < found.size() && found.get(m).from() >= body.from() && found.get(m).to() <= body.to(); m++, n++) {
                int[] inner = onTokens(s, c, found.get(m), u);
                if (inner != null) mapped.add(moved(s, found.get(m), inner));
            }
            s.claim(span[0], span[1], mapped.get(0));
            out.addAll(mapped);
        }
        return out;
    }

    private static boolean smallLetters(String text, int from, int to) {
        if (to <= from) return false;
        for (int k = from; k < to; k++) {
            if (!Character.isLowerCase(text.charAt(k))) return false;
        }
        return true;
    }

    /** The tokens of {@code s} that cover what {@code f} covers in the clean text, a "]" that ends it included; or {@code null}. */
    private static int[] onTokens(TextScan s, TextScan c, NameFound f, UnbracketedText u) {
        int from = u.origin(c.start(f.from()));
        int to = u.origin(c.end(f.to()) - 1) + 1;
        if (u.removed(to) && s.tokens.text().charAt(to) == ']') to++;
        return UnbracketedText.tokensCovering(s.tokens, from, to);
    }

    private static NameFound moved(TextScan s, NameFound f, int[] span) {
        String surface = s.span(span[0], span[1]);
        return new NameFound(s.index, span[0], span[1], f.type(), f.subtype(), f.known(),
                NameFound.keyOf(f.known(), surface), surface, f.cert());
    }
}
