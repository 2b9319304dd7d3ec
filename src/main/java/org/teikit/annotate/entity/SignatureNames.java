package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.EntityType;
import org.teikit.source.BlockKind;

/**
 * Names that sign a text: the person rule "signature" of {@link PersonRules#ORDER} ("[Signed]
 * Heidenreich Attache") and the sign-off of a telegram or letter, its last line ("Rusk").
 */
final class SignatureNames {
    private final PersonRules rules;
    private final Lexicon lexicon;
    private final NameReader names;
    private final RoleReader roles;

    SignatureNames(PersonRules rules, Lexicon lexicon, NameReader names, RoleReader roles) {
        this.rules = rules;
        this.lexicon = lexicon;
        this.names = names;
        this.roles = roles;
    }

    /** Name lines of a signature: "[Signed] Heidenreich Attache", "Halmos Endre" over "Ambassador". */
    void find(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        List<String> roleLines = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        for (int line = 0; line < t.size(); ) {
            int end = line + 1;
            while (end < t.size() && !t.get(end).lineStart()) end++;
            int k = skipSignedMarker(t, line, end);
            boolean signed = k > line;
            if (s.kind == BlockKind.SIGNATURE && !signed) k = afterPlaceAndDate(t, hits, k, end);
            if ((s.kind == BlockKind.SIGNATURE || signed) && end - k <= 7 && k < end) {
                String office = officeLine(t, k, end);
                if (office != null) {
                    roleLines.add(office);
                } else if (s.free(k)) {
                    NameReader.Read r = names.read(s, k);
                    if (r != null && !isInitialled(r)) {
                        String trailing = r.to() < end ? officeLine(t, r.to(), end) : null;
                        if (r.to() == end || trailing != null) {
                            PersonFound p = rules.person(s, hits, r, trailing == null ? List.of() : List.of(trailing), null, false);
                            out.add(p);
                            found.add(out.size() - 1);
                        }
                    }
                }
            }
            line = end;
        }
        if (found.size() == 1 && !roleLines.isEmpty()) {
            PersonFound p = out.get(found.get(0));
            List<String> all = new ArrayList<>(p.roles());
            all.addAll(roleLines);
            out.set(found.get(0), new PersonFound(p.text(), p.from(), p.to(), p.name(), p.known(), all, p.variants(),
                    p.cert(), p.weak(), p.abbreviation(), p.nameTo()));
        }
    }

    /**
     * The text a telegram or letter is signed off in: the last block of the body before its notes
     * ("Rusk" over "[1] Source: …"), or -1 where the body has none.
     */
    static int signOffText(List<TextScan> scans) {
        int last = -1;
        for (TextScan s : scans) {
            if (s.kind == null) continue;
            if (isNote(s)) break;
            last = s.index;
        }
        return last;
    }

    private static boolean isNote(TextScan s) {
        Tokens t = s.tokens;
        return s.kind == BlockKind.FOOTNOTE || s.kind == BlockKind.NOTE
                || t.size() > 2 && t.get(0).is("[") && t.get(1).isDigits() && t.get(2).is("]");
    }

    private static final int SIGNED_INITIALS = 4;
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("[B-DF-HJ-NP-TV-Z]{2," + SIGNED_INITIALS + "}");

    /** "ND", "TCM": a memorandum initialled, not signed; capitals without a vowel are initials, no name ("KIM" is one). */
    private static boolean isInitialled(NameReader.Read r) {
        return r.parts().size() == 1 && INITIALS.matcher(r.parts().get(0)).matches();
    }

    /**
     * "Rusk", "Nathaniel Davis [2]", "Nathaniel Davis American Minister": a sign-off that is the
     * sender's name alone on one line. A single word the document also writes in small letters
     * ("Approved") signs nothing.
     */
    void signOff(TextScan s, Hits hits, Predicate<String> commonWord, List<PersonFound> out) {
        Tokens t = s.tokens;
        int end = t.size();
        for (int i = 1; i < end; i++) {
            if (t.get(i).lineStart()) {
                signOffUnderOffice(s, hits, commonWord, out);
                return;
            }
        }
        int k = skipSignedMarker(t, 0, end);
        // "(A. Puzanov)": the signature in round brackets, as Soviet copies give it; one word so is a note ("(Approved)")
        boolean bracketed = k + 2 < end && t.get(k).is("(") && t.get(end - 1).is(")");
        if (bracketed) {
            k++;
            end--;
        }
        if (k >= end || !s.free(k)) return;
        NameReader.Read r = names.read(s, k);
        if (r == null || !rules.nameShaped(r, hits) || r.parts().size() == 1 && (bracketed || commonWord.test(r.parts().get(0)))) return;
        if (isInitialled(r)) return;
        int rest = r.to();
        if (rest + 3 == end && t.get(rest).is("[") && t.get(rest + 1).isDigits() && t.get(rest + 2).is("]")) rest = end;
        String office = rest < end ? officeLine(t, rest, end) : null;
        if (rest < end && office == null) return;
        out.add(rules.person(s, hits, r, office == null ? List.of() : List.of(office), null, false));
    }

    /** The most lines of a sign-off that names its sender's office on lines of their own. */
    private static final int SIGN_OFF_LINES = 4;

    /**
     * "Third Secretary of the Embassy" over "Kurbatov", "Kurbatov" over "Attaché": a last block of
     * a few lines, all offices but one, that one a name alone on its line, is the sender signing
     * off, though the layout did not set it apart as a signature. A single word the document also
     * writes in small letters ("Approved") signs nothing.
     */
    private void signOffUnderOffice(TextScan s, Hits hits, Predicate<String> commonWord, List<PersonFound> out) {
        Tokens t = s.tokens;
        List<String> offices = new ArrayList<>();
        NameReader.Read name = null;
        int lines = 0;
        for (int line = 0; line < t.size(); ) {
            int end = line + 1;
            while (end < t.size() && !t.get(end).lineStart()) end++;
            if (++lines > SIGN_OFF_LINES) return;
            String office = officeLine(t, line, end);
            if (office != null) {
                offices.add(office);
            } else {
                int k = skipSignedMarker(t, line, end);
                NameReader.Read r = name == null && k < end && s.free(k) ? names.read(s, k) : null;
                if (r == null || r.to() != end || !rules.nameShaped(r, hits) || isInitialled(r)
                        || r.parts().size() == 1 && k == line && commonWord.test(r.parts().get(0))) {
                    return;
                }
                name = r;
            }
            line = end;
        }
        if (name != null && !offices.isEmpty()) out.add(rules.person(s, hits, name, offices, null, false));
    }

    /**
     * "8.II.80 VINOGRADOV", "Zanzibar, 22 April 1964 Kiesewetter": a signature line may open with
     * the place and date of signing before the name. Returns the token after them (digits, Roman
     * months, a month before digits, places of the atlas, punctuation, at least one number among
     * them), else {@code k}.
     */
    private static int afterPlaceAndDate(Tokens t, Hits hits, int k, int end) {
        int j = k;
        // "New Delhi, 12.XI.1962": the place opens the line, capitalised words before a comma and a number
        int comma = k;
        while (comma < end && comma - k < 4 && t.get(comma).isCapitalised()) comma++;
        if (comma > k && comma + 1 < end && t.get(comma).is(",") && t.get(comma + 1).isDigits()) j = comma + 1;
        boolean number = false;
        while (j < end) {
            Token tok = t.get(j);
            PhraseSet.Match<KnownEntity> place = hits.at(j);
            if (place != null && place.value().type() == EntityType.PLACE && place.to() <= end) {
                j = place.to();
            } else if (tok.isDigits()) {
                number = true;
                j++;
            } else if (!tok.isWord() || RomanNumerals.isOrdinal(tok.text()) && j > k && t.get(j - 1).is(".")
                    || tok.isCapitalised() && j + 1 < end && t.get(j + 1).isDigits()) {
                j++;
            } else {
                break;
            }
        }
        return number && j < end ? j : k;
    }

    /**
     * After the mark that the copy was signed: "[Signed]", "Signed:", "signed" alone, and the marks
     * of Soviet and East German copies, "/signed/" and "(signed)". Returns {@code k} where none opens the line.
     */
    private static int skipSignedMarker(Tokens t, int k, int end) {
        if (k + 2 < end && (t.get(k).is("[") && t.get(k + 2).is("]") || t.get(k).is("/") && t.get(k + 2).is("/")
                || t.get(k).is("(") && t.get(k + 2).is(")")) && t.get(k + 1).text().equalsIgnoreCase("signed")) {
            return k + 3;
        }
        if (k + 1 < end && t.get(k).text().equalsIgnoreCase("signed") && t.get(k + 1).is(":")) return k + 2;
        if (k < end && t.get(k).text().equalsIgnoreCase("signed") && k + 1 == end) return k + 1;
        return k;
    }

    /** A whole line that is an office ("Ambassador", "Head of the Polish Delegation"), or {@code null}. */
    private @Nullable String officeLine(Tokens t, int from, int end) {
        String phrase = roles.phrase(t, from);
        int head = lexicon.isDemonym(t.get(from).text()) && from + 1 < end ? from + 1 : from;
        if (phrase == null || lexicon.offices.matchAt(t, head) == null && !lexicon.isRoleStart(t.get(head).text())) return null;
        int last = end - 1;
        while (last > from && t.get(last).is(":")) last--;
        return t.get(last).end() <= t.get(from).start() + phrase.length() ? phrase : null;
    }
}
