package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.teikit.annotate.Certainty;

/**
 * The person rules of {@link PersonRules#ORDER} that read a name by the title or office beside it:
 * before it ("Comrade Bauer"), set off by commas after it ("the Counselor of the Embassy of Japan,
 * Tadashi Ono,") or in parentheses after it ("the Ambassador to Czechoslovakia (Beam)").
 */
final class TitledNames {
    /** The most words between an office and the comma before a name set off after it. */
    private static final int MAX_OFFICE_PHRASE = 12;

    private final PersonRules rules;
    private final Lexicon lexicon;
    private final NameReader names;
    private final RoleReader roles;

    TitledNames(PersonRules rules, Lexicon lexicon, NameReader names, RoleReader roles) {
        this.rules = rules;
        this.lexicon = lexicon;
        this.names = names;
        this.roles = roles;
    }

    /**
     * "the Counselor of the Embassy of Japan, Tadashi Ono, and …": a name set off by commas after an
     * office and the body it serves; the office is the person's role.
     */
    void appositionAfterOffice(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            boolean capital = t.get(i).isCapitalised();
            PhraseSet.Match<Boolean> office = capital ? lexicon.offices.matchAt(t, i) : null;
            if (office == null && !(t.get(i).isLowerCase() && afterArticle(t, i) && lexicon.opensOffice(t.get(i).text()))) continue;
            int comma = office != null ? office.to() : i + 1;
            while (comma < t.size() && comma - i < MAX_OFFICE_PHRASE && t.get(comma).isWord()
                    && (capital || t.get(comma).isCapitalised() || SERVED_BY.contains(t.get(comma).text()))) {
                comma++;
            }
            if (comma >= t.size() || !t.get(comma).is(",") || !s.free(comma + 1)) continue;
            NameReader.Read r = names.read(s, comma + 1);
            // "…, Josif Spirit [sic] on the occasion": an editor's remark also ends the name
            boolean remark = RoleReader.skipRemark(t, r == null ? comma : r.to()) > (r == null ? comma : r.to());
            // "…, Courcel. De Gaulle said": a full stop ends the apposition and the sentence alike
            boolean stop = r != null && !lexicon.isGenerationalSuffix(r.parts().get(0)) && r.to() < t.size() && t.get(r.to()).is(".") && (r.to() + 1 == t.size() || t.get(r.to() + 1).isCapitalised());
            if (r == null || !rules.nameShaped(r, hits) || r.to() >= t.size() || !Set.of(",", ")").contains(t.get(r.to()).text()) && !remark && !stop
                    || r.parts().size() == 1 && lexicon.isDemonym(r.parts().get(0))) {
                continue;
            }
            out.add(rules.person(s, hits, r, List.of(s.span(officeStart(t, i), comma)), Certainty.MEDIUM, false));
            i = r.to() - 1;
        }
    }

    /**
     * "Memorandum From the Ambassador to Czechoslovakia (Beam) to the Under Secretary of State for
     * Political Affairs (Bohlen)": a name in parentheses right after an office and what it serves.
     */
    void bracketedAfterOffice(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 1; i + 2 < t.size(); i++) {
            if (!t.get(i).is("(") || !s.free(i + 1)) continue;
            NameReader.Read r = names.read(s, i + 1);
            if (r == null || r.parts().size() > 3 || r.to() >= t.size() || !t.get(r.to()).is(")") || !rules.nameShaped(r, hits)) continue;
            int office = -1;
            for (int k = i - 1; k >= 0 && i - k <= MAX_OFFICE_PHRASE && office < 0; k--) {
                if (!t.get(k).isWord() && !t.get(k).is("'s")) break;
                if (t.get(k).isCapitalised() && lexicon.offices.matchAt(t, k) != null) office = k;
            }
            if (office < 0) continue;
            out.add(rules.person(s, hits, r, List.of(s.span(officeStart(t, office), i)), Certainty.MEDIUM, false));
            i = r.to();
        }
    }

    /** "Comrade Bauer", "Vice Premier [Li] Fuchun", "Foreign Minister Comrade [Oskar] Fischer", "Comrades A and B". */
    void titled(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            // a form of address in small letters opens a title too ("the speeches of comrade Stoph", honorifics.txt)
            if (!s.free(i) || !t.get(i).isCapitalised() && lexicon.honorificAt(t, i) == null) continue;
            List<String> offices = new ArrayList<>();
            boolean plural = false;
            int j = i;
            while (j < t.size() && s.free(j)) {
                PhraseSet.Match<Boolean> h = lexicon.honorificAt(t, j);
                PhraseSet.Match<Boolean> o = h == null && t.get(j).isCapitalised() ? lexicon.offices.matchAt(t, j) : null;
                if (h != null) {
                    plural |= t.get(j).text().endsWith("s") && !t.get(j).text().endsWith("ss");
                    j = h.to();
                } else if (o != null) {
                    offices.add(s.span(officeStart(t, j), o.to()));
                    plural |= o.value();
                    j = o.to();
                } else if (j > i && t.get(j).is(",") && lexicon.honorificAt(t, j + 1) != null) {
                    j++;
                } else {
                    break;
                }
            }
            if (j == i) continue;
            String bracketRole = roles.bracketBefore(t, i);
            if (bracketRole != null) offices.add(0, bracketRole);
            NameReader.Read r = names.readWithParticles(s, j);
            if (r == null || !plausibleAfterTitle(s, r) || headingNounAfterRank(t, j, r)) {
                i = j - 1;
                continue;
            }
            PersonFound p = rules.person(s, hits, r, offices, null, false);
            out.add(p);
            i = p.to() - 1;
            while (plural && i + 2 < t.size() && (t.get(i + 1).is("and") || t.get(i + 1).is(","))) {
                NameReader.Read next = names.read(s, i + 2);
                if (next == null) break;
                PersonFound q = rules.person(s, hits, next, List.of(), null, false);
                out.add(q);
                i = q.to() - 1;
            }
        }
    }

    /**
     * "the American ambassador Galbraith is", "our counsellor Kovács said": an office in small
     * letters after an article or possessive (and the demonyms and modifiers between, as
     * {@link #afterArticle} reads them) names its one holder where a name follows straight on.
     * Without the article the word is the office in general ("as ambassador Gromyko had"), and a
     * word after the name that goes on with an office ("the minister Plenipotentiary") or a body
     * makes the capitalised words no name.
     */
    void officeInSmallLetters(TextScan s, Hits hits, List<PersonFound> out) {
        Tokens t = s.tokens;
        for (int i = 0; i + 1 < t.size(); i++) {
            Token office = t.get(i);
            if (!office.isLowerCase() || !s.free(i) || !s.free(i + 1) || !t.adjacent(i + 1)
                    || !lexicon.opensOffice(office.text()) || !afterArticle(t, i)) {
                continue;
            }
            NameReader.Read r = names.readWithParticles(s, i + 1);
            if (r == null || !rules.nameShaped(r, hits) || rules.beforeOffice(t, r.to()) || goesOnAsOffice(t, i, r.to())
                    || r.parts().size() == 1 && (lexicon.isDemonym(r.parts().get(0)) || lexicon.isRoleStart(r.parts().get(0)))) {
                continue;
            }
            out.add(rules.person(s, hits, r, List.of(s.span(modifiedFrom(t, i), i + 1)), Certainty.MEDIUM, false));
            i = r.to() - 1;
        }
    }

    /**
     * Whether an office with a capital set off by commas follows a name ending before token {@code k}:
     * "Mondale, the Vice President, is travelling", "Babiuch, the former Premier, lost",
     * "Kohl, the Minister-President of Rhineland-Palatinate, keeps". The closing comma before a word
     * in small letters tells the apposition from a clause ("In Bonn, the Chancellor said").
     */
    boolean officeSetOffAfter(Tokens t, int k) {
        if (k + 2 >= t.size() || !t.get(k).is(",") || !t.get(k + 1).is("the")) return false;
        int j = k + 2;
        while (j < t.size() && t.get(j).isWord() && (opener(t.get(j).text(), "modifier") && t.get(j).isLowerCase()
                || t.get(j).isCapitalised() && lexicon.isDemonym(t.get(j).text()))) {
            j++;
        }
        PhraseSet.Match<Boolean> office = j < t.size() && t.get(j).isCapitalised() ? lexicon.offices.matchAt(t, j) : null;
        if (office == null || office.value()) return false;
        int end = office.to();
        while (end < t.size() && end - k < MAX_OFFICE_PHRASE && t.get(end).isWord()
                && (t.get(end).isCapitalised() || SERVED_BY.contains(t.get(end).text()))) {
            end++;
        }
        return end + 1 < t.size() && t.get(end).is(",") && t.get(end + 1).isLowerCase();
    }

    /**
     * "the ambassador Extraordinary and Plenipotentiary": whether the office in small letters at
     * {@code i} and the capitalised words after it, up to {@code to}, are the start of a longer office.
     */
    private boolean goesOnAsOffice(Tokens t, int i, int to) {
        Tokens asOffice = Tokens.of(PhraseSet.capitalised(t.get(i).text()) + " " + t.span(i + 1, Math.min(t.size(), to + 2)));
        PhraseSet.Match<Boolean> m = lexicon.offices.matchAt(asOffice, 0);
        return m != null && m.to() > 1;
    }

    /** The first of the demonyms and modifiers right before an office in small letters ("American" of "the American ambassador"). */
    private int modifiedFrom(Tokens t, int i) {
        int k = i;
        while (k > 0 && t.get(k - 1).isWord() && (t.get(k - 1).isCapitalised() && lexicon.isDemonym(t.get(k - 1).text())
                || opener(t.get(k - 1).text(), "modifier"))) {
            k--;
        }
        return k;
    }

    /** A demonym or state right before an office belongs to it: "Soviet Counselor", "GDR Deputy Foreign Minister". */
    private int officeStart(Tokens t, int j) {
        if (j > 0 && t.adjacent(j) && t.get(j - 1).isCapitalised() && lexicon.isDemonym(t.get(j - 1).text())) return j - 1;
        return j;
    }

    /** Small words between an office in small letters and the body it serves ("the ambassador of the DPRK in the GDR"). */
    private static final Set<String> SERVED_BY = Set.of("of", "in", "to", "at", "for", "the", "and");
    /** Words before an office in small letters that point at its one holder (office-openers.txt): "the", "our"; and the modifiers passed over ("former"). */
    private static final List<String[]> OPENERS = DataFile.rows("office-openers.txt", 2);

    /**
     * "the Soviet ambassador, Basov,", "the former king, Savang Vatthana,": an office in small
     * letters names its holder only after an article, a possessive or a demonym and adjective
     * between them; elsewhere the word is the office in general ("an ambassador, however, …").
     */
    private boolean afterArticle(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = t.get(k).text();
            if (opener(w, "article")) return true;
            if (!t.get(k).isWord() || !(t.get(k).isCapitalised() && lexicon.isDemonym(w) || opener(w, "modifier"))) return false;
        }
        return false;
    }

    private static boolean opener(String w, String kind) {
        return OPENERS.stream().anyMatch(r -> r[1].equals(kind) && r[0].equalsIgnoreCase(w));
    }

    /**
     * After a title a single word must still look like a name, not like a common word that happens to
     * be capitalised; in capitals, not a verb that follows names ("SECRETARY MET WITH GROMYKO").
     */
    /** "I. General Questions": the plural of an English word right after a rank that is also an adjective. */
    private boolean headingNounAfterRank(Tokens t, int nameStart, NameReader.Read r) {
        return r.parts().size() == 1 && nameStart > 0 && lexicon.isAdjectiveRank(t.get(nameStart - 1).text())
                && Lexicon.isEnglishPlural(r.parts().get(0));
    }

    private boolean plausibleAfterTitle(TextScan s, NameReader.Read r) {
        return !(r.parts().size() == 1 && (r.parts().get(0).length() < 2 || names.isVerbInCapitals(s.tokens, r.from())));
    }
}
