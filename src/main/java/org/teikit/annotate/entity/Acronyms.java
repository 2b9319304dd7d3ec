package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.EntityType;

/**
 * Organisations named by an acronym in capitals: one the text explains in brackets ("FUNK (National
 * United Front of Kampuchea)", "National United Front of Kampuchea (FUNK)") is a name of the body
 * it explains, one register entry with the variant (so is one the editor expands in square brackets:
 * "MZV [Ministry of Foreign Affairs]"); one beside a word only a body fits ("the ZANU
 * leadership", "members of the PAIGC", "the Guatemalan FAR") is a body, as a guess. Later bare uses are found again with
 * the other names of the document.
 */
final class Acronyms {
    private static final int MAX_LETTERS = 8;

    /** Two letters spell too many things by chance ("PL" is kept when its body is known). */
    private static final int MIN_DEFINED_LETTERS = 3;
    /** Words and signs that may stand between the capitalised words of a body's name. */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "the", "and", "in", "on", "with", ",", "'s", "’s", "'", "’");

    private static final Set<String> QUOTES = Set.of("\"", "”", "’", "'");

    private final Lexicon lexicon;
    private final OrgGrammar grammar;

    Acronyms(Lexicon lexicon, OrgGrammar grammar) {
        this.lexicon = lexicon;
        this.grammar = grammar;
    }

    /** Acronyms in brackets right after or right before a body named in full in the same text. */
    List<NameFound> explained(TextScan s, List<NameFound> bodies) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (NameFound body : bodies) {
            if (body.text() != s.index || body.type() != EntityType.ORG || s.owner(body.from()) != body) continue;
            int after = body.to() + 1;
            int before = body.from() - 2;
            if (bracketed(s, after)) out.add(claim(s, after, body, null));
            else if (bracketed(s, before) && body.to() < t.size() && t.get(body.to()).is(")")) out.add(claim(s, before, body, null));
            else if (expandedByEditor(s, body)) out.add(claim(s, body.from() - 2, body, null));
        }
        return out;
    }

    /**
     * "Neo Lao Hak Sat (NLHS)", "Organisation of Solidarity of the Peoples of Asia, Africa and Latin
     * America (OSPAAAL)": free capitalised words before an acronym in brackets whose first letters
     * spell it name a body no list knows, with the acronym as its short name. A translation may
     * keep the original's order of letters, so the letters need only be the same (the first first).
     */
    List<NameFound> defined(TextScan s) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int a = 2; a + 1 < t.size(); a++) {
            if (!bracketed(s, a) || t.get(a).text().length() < MIN_DEFINED_LETTERS || lexicon.thingAcronyms.contains(t.get(a).text())) continue;
            int from = spelledBefore(s, a - 1, t.get(a).text());
            if (from < 0) continue;
            String surface = s.span(from, a - 1);
            NameFound body = new NameFound(s.index, from, a - 1, EntityType.ORG, null, null, NameFound.normalise(surface), surface,
                    Certainty.MEDIUM);
            s.claim(from, a - 1, body);
            out.add(body);
            out.add(claim(s, a, body, Certainty.MEDIUM));
        }
        return out;
    }

    /**
     * The first token of the free words before {@code open} whose capitalised words number the
     * letters of {@code acronym} and begin with them, or -1. Between them only small words of a
     * name ("of", "the", "and", "for"), commas and possessives.
     */
    private int spelledBefore(TextScan s, int open, String acronym) {
        Tokens t = s.tokens;
        int letters = acronym.length();
        StringBuilder initials = new StringBuilder();
        int k = open - 1;
        while (k >= 0 && s.free(k) && initials.length() < letters) {
            Token tok = t.get(k);
            if (tok.isWord() && tok.isCapitalised() && !tok.isAllCaps() && tok.text().indexOf('-') < 0) {
                initials.insert(0, tok.text().charAt(0));
            } else if (!NAME_LINKS.contains(tok.text()) || initials.length() == 0) {
                return -1;
            }
            k--;
        }
        if (initials.length() != letters || k + 1 >= open) return -1;
        int from = k + 1;
        if (t.opensSentence(from) && lexicon.isStopword(t.get(from).text())) return -1;
        return sameLetters(initials.toString(), acronym) ? from : -1;
    }

    private static boolean sameLetters(String initials, String acronym) {
        if (Character.toUpperCase(initials.charAt(0)) != acronym.charAt(0)) return false;
        char[] a = initials.toUpperCase(java.util.Locale.ROOT).toCharArray();
        char[] b = acronym.toCharArray();
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        return java.util.Arrays.equals(a, b);
    }

    /**
     * "CPI(M)", "CPN(UML)": an acronym with a party's qualifier in brackets right against it
     * (org-qualifiers.txt) names a body, qualifier and all.
     */
    List<NameFound> qualified(TextScan s) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 0; i + 3 < t.size(); i++) {
            if (!isAcronym(s, i) || !t.touching(i + 1) || t.get(i).text().length() < 2) continue;
            int end = i + 1;
            if (grammar.withQualifier(t, end) == end || !s.free(i, end + 3)) continue;
            String surface = s.span(i, end + 3);
            NameFound org = new NameFound(s.index, i, end + 3, EntityType.ORG, null, null, NameFound.normalise(surface), surface,
                    Certainty.MEDIUM);
            s.claim(i, end + 3, org);
            out.add(org);
        }
        return out;
    }

    /**
     * Acronyms after or before a word that only a body fits, where no list knows them as anything
     * else and the document has not named them already ({@code named}: the surfaces of its bodies,
     * and the initials it explains as a person's, "KIS (Kim Il Sung)").
     */
    List<NameFound> cued(TextScan s, Hits hits, Set<String> named) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            // "the ICBM program", "the PM said": a thing's or an office's initials are no body, whatever cue they have
            if (!isAcronym(s, i) || hits.startsAt(i) || lexicon.thingAcronyms.contains(t.get(i).text()) || named.contains(t.get(i).text())) continue;
            boolean after = t.adjacent(i + 1) && lexicon.orgCuesAfter.matchAt(t, i + 1) != null && (i > 0 && t.get(i - 1).text().equalsIgnoreCase("the")
                    || opensPairOfAcronyms(s, i));
            // "ICAP invited the delegation": at a sentence's start, where "the" is often dropped before a
            // body's letters, only a body's act will do ("KIS said" is a person's initials as often)
            after |= t.adjacent(i + 1) && t.opensSentence(i) && t.get(i).text().length() >= MIN_DEFINED_LETTERS
                    && lexicon.orgCuesOpening.matchAt(t, i + 1) != null;
            boolean before = false;
            for (int k = Math.max(0, i - 4); k < i && !before; k++) {
                PhraseSet.Match<Boolean> cue = lexicon.orgCuesBefore.matchAt(t, k);
                before = cue != null && cue.to() == i && t.adjacent(i);
            }
            // "the Guatemalan FAR", "the Chilean MIR": an adjective of nationality before an acronym no list knows
            // (not in a text written in capitals: "SOVIET MILITARY", "POL 27-ARAB ISR")
            boolean national = i > 0 && t.adjacent(i) && lexicon.isDemonym(t.get(i - 1).text()) && !t.get(i - 1).isAllCaps()
                    && t.get(i).text().length() >= MIN_DEFINED_LETTERS
                    && t.get(i).text().chars().allMatch(Character::isLetter) && !lexicon.thingAcronyms.contains(t.get(i).text());
            if (!after && !before && !national && !pairedWithKnownBody(s, hits, i)) continue;
            String surface = t.get(i).text();
            NameFound org = new NameFound(s.index, i, i + 1, EntityType.ORG, null, null, NameFound.normalise(surface), surface,
                    Certainty.MEDIUM);
            out.add(org);
            s.claim(i, i + 1, org);
        }
        out.addAll(coordinated(s, hits, out));
        return out;
    }

    /**
     * "the SACP and the ANC", "the Jana Sangh and the RSS": letters after "the", joined by "and (the)"
     * to a body the gazetteer knows, name a body of the same kind. Not "the ANC and the USA": a state is
     * known and no acronym left free; not two words long ("the UN and the EC" is known or a guess too far).
     */
    private boolean pairedWithKnownBody(TextScan s, Hits hits, int i) {
        Tokens t = s.tokens;
        if (i == 0 || !t.get(i - 1).text().equalsIgnoreCase("the") || t.get(i).text().length() < MIN_DEFINED_LETTERS
                || !t.get(i).text().chars().allMatch(Character::isLetter)) return false;
        // after: "the SACP and (the) ANC"
        if (i + 2 < t.size() && t.get(i + 1).is("and")) {
            int k = i + 2 < t.size() && t.get(i + 2).text().equalsIgnoreCase("the") ? i + 3 : i + 2;
            if (hits.isAt(k, EntityType.ORG)) return true;
        }
        // before: "the Jana Sangh and the RSS": a known body ends right before "and the"
        if (i >= 3 && t.get(i - 2).is("and")) {
            for (int k = Math.max(0, i - 9); k < i - 2; k++) {
                PhraseSet.Match<KnownEntity> hit = hits.at(k);
                if (hit != null && hit.value().type() == EntityType.ORG && hit.to() == i - 2) return true;
            }
        }
        return false;
    }

    /** "ARD and ZDF show": the second of two acronyms joined by "and" that open a sentence or follow "the". */
    private boolean opensPairOfAcronyms(TextScan s, int i) {
        Tokens t = s.tokens;
        if (i < 2 || !t.get(i - 1).is("and") || !isAcronym(s, i - 2)) return false;
        return t.opensSentence(i - 2) || i >= 3 && t.get(i - 3).text().equalsIgnoreCase("the");
    }

    /**
     * "ARD and ZDF show pictures", "RIAS and ARD": an acronym no list knows, joined by "and" to one the
     * cues showed a body, is a body too (the cue stands after the last, or before the first, of the pair).
     */
    private List<NameFound> coordinated(TextScan s, Hits hits, List<NameFound> cued) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (NameFound body : cued) {
            for (int k : new int[] {body.from() - 2, body.to() + 1}) {
                int and = k < body.from() ? k + 1 : k - 1;
                if (k < 0 || k >= t.size() || !t.get(and).is("and") || !isAcronym(s, k) || hits.startsAt(k)
                        || lexicon.thingAcronyms.contains(t.get(k).text())) continue;
                String surface = t.get(k).text();
                NameFound org = new NameFound(s.index, k, k + 1, EntityType.ORG, null, null, NameFound.normalise(surface), surface,
                        Certainty.MEDIUM);
                out.add(org);
                s.claim(k, k + 1, org);
            }
        }
        return out;
    }

    /**
     * "MZV [Ministry of Foreign Affairs]", "DVO [Far East Department" (a bracket the editor never
     * closed, at the end of a quotation): the editor's expansion of the free acronym before it.
     */
    private boolean expandedByEditor(TextScan s, NameFound body) {
        Tokens t = s.tokens;
        int acronym = body.from() - 2;
        if (acronym < 0 || !t.get(acronym + 1).is("[") || !t.adjacent(acronym + 1) || !isAcronym(s, acronym)) return false;
        Token next = t.at(body.to());
        Token afterQuote = t.at(body.to() + 1);
        return next == null || next.is("]") || QUOTES.contains(next.text()) && (afterQuote == null || afterQuote.is("]"));
    }

    /** Whether "(" ACRONYM ")" stands at token {@code open} - 1 … {@code open} + 1, the acronym still free. */
    private boolean bracketed(TextScan s, int acronym) {
        Tokens t = s.tokens;
        return acronym > 0 && acronym + 1 < t.size() && t.get(acronym - 1).is("(") && t.get(acronym + 1).is(")")
                && isAcronym(s, acronym);
    }

    private boolean isAcronym(TextScan s, int i) {
        Token tok = s.tokens.get(i);
        String w = tok.text();
        return s.free(i) && tok.isAllCaps() && w.length() <= MAX_LETTERS && Character.isLetter(w.charAt(0))
                && !RomanNumerals.isOrdinal(w) && !lexicon.isStopword(w);
    }

    private static NameFound claim(TextScan s, int i, NameFound body, Certainty cert) {
        NameFound acronym = new NameFound(s.index, i, i + 1, EntityType.ORG, body.subtype(), body.known(), body.key(),
                s.span(i, i + 1), cert);
        s.claim(i, i + 1, acronym);
        return acronym;
    }
}
