package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the words of a person's name from a token on: capitalised words, initials ("L. I.",
 * "N.G.", "Yu."), editor-supplied parts ("[Werner] Krolikowski", "Liu [Shaoqi]", "W[illiam]"),
 * particles between words ("de", "van"). It stops at a title ("Heidenreich Attache"), at a word
 * that is never a name, at punctuation and at the end of the line — unless the line ends on a
 * forename ("Comrade Jaroslav" / "Krejčí"): a forename alone never ends a name, so a wrapped line
 * carries it on.
 */
final class NameReader {
    private static final int MAX_PARTS = 5;
    /** "Communism", "Marxism-Leninism", "Stalinist", "Maoist": a doctrine or its follower, never a name. */
    private static final java.util.regex.Pattern DOCTRINE =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]*(?:ism|inist|oist|unist|alist|yist)");

    /** A name read from tokens {@code [from, to)}. */
    record Read(int from, int to, List<String> parts) { }

    /** The shortest office whose mistyped forms are told apart from names ("Minster" for "Minister", but not "Kang" for "King"). */
    private static final int SLIPPED_OFFICE_MIN = 7;

    private final Lexicon lexicon;
    /** One-word offices of {@link #SLIPPED_OFFICE_MIN} letters or more, by their first letter. */
    private final java.util.Map<Character, List<String>> longOffices = new java.util.HashMap<>();

    NameReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String office : DataFile.lines("offices.txt")) {
            if (office.length() < SLIPPED_OFFICE_MIN || !office.chars().allMatch(Character::isLetter)) continue;
            longOffices.computeIfAbsent(Character.toLowerCase(office.charAt(0)), k -> new ArrayList<>()).add(office);
        }
    }

    /**
     * "Minster McSweeney": a word one slip away from a long office is that office mistyped, not a name.
     * A known given name is never a slip ("Cornel" beside the rank "Coronel").
     */
    private boolean isSlippedOffice(String w) {
        if (w.length() < SLIPPED_OFFICE_MIN - 1 || lexicon.isForename(w)) return false;
        for (String office : longOffices.getOrDefault(Character.toLowerCase(w.charAt(0)), List.of())) {
            if (Math.abs(office.length() - w.length()) <= 1 && Misspelling.oneEditApart(w, office)) return true;
        }
        return false;
    }

    /** "d'Estaing", "dell'Acqua": a French or Italian particle elided before a capital, in small letters. */
    private static final java.util.regex.Pattern ELIDED_PARTICLE = java.util.regex.Pattern.compile("(?:d|dell|dall|l)['\u2019]\\p{Lu}\\p{L}+");

    /** Whether token {@code j} is a last name after an elided particle ("d'Estaing"), which goes on a name begun before it. */
    boolean isElidedParticleName(Tokens t, int j) {
        Token tok = t.at(j);
        return tok != null && ELIDED_PARTICLE.matcher(tok.text()).matches();
    }

    /** The name starting at token {@code i}, or {@code null} when none starts there. */
    Read read(TextScan s, int i) {
        Tokens t = s.tokens;
        List<String> parts = new ArrayList<>();
        int j = i;
        int words = 0;
        while (j < t.size() && parts.size() < MAX_PARTS && s.free(j)) {
            if (j > i && !t.adjacent(j) && !t.touching(j) && !wrapsAfterForenames(t, j, parts)) break;
            Token tok = t.get(j);
            if (tok.is("[")) {
                int close = suppliedPart(t, j, words, parts);
                if (close < 0) break;
                for (int k = j + 1; k < close; k++) parts.add(t.get(k).text());
                words += close - j - 1;
                j = close + 1;
                continue;
            }
            int afterParticles = afterParticles(t, j);
            if (words > 0 && afterParticles > j && isNameWord(t, afterParticles)) {
                for (int k = j; k < afterParticles; k++) parts.add(t.get(k).text());
                j = afterParticles;
                continue;
            }
            // "Chen Yi. Qiao thinks": after an East Asian family name a syllable ends the name and the sentence, no initial
            boolean syllable = words == 1 && parts.size() == 1 && tok.text().length() == 2 && lexicon.isEastAsianFamily(parts.get(0));
            // "Uncle Ho. Truong Chinh spoke": after a word spelt out, a middle initial is one capital ("Melvin R. Laird");
            // a word of two letters or more before a full stop and another name ends the name and the sentence
            syllable |= words > 0 && tok.text().length() > 1 && !endsSurnameFirst(t, j, parts) && !isInitial(t, j + 2)
                    && !parts.stream().allMatch(PersonName::isInitial);
            if (isInitial(t, j) && !syllable && (words == 0 || isNameWord(t, j + 2) || isInitial(t, j + 2) || endsSurnameFirst(t, j, parts))) {
                parts.add(tok.text() + ".");
                j += 2;
                continue;
            }
            if (isCompletedInitial(t, j)) {
                parts.add(tok.text() + t.get(j + 2).text());
                words++;
                j += 4;
                continue;
            }
            // "Giscard d'Estaing", "Pietro d'Orlandi": a particle elided before the last name, inside a name only
            if (words > 0 && isElidedParticleName(t, j)) {
                parts.add(tok.text());
                words++;
                j++;
                continue;
            }
            if (!isNameWord(t, j) || j == i && isOpeningParticiple(t, j) || words > 0 && isVerbInCapitals(t, j)) break;
            parts.add(tok.text());
            words++;
            j++;
        }
        if (words == 0) return null;
        return new Read(i, j, parts);
    }

    /**
     * "NGUYEN DUY TRINH ADDED", "DONG ANSWERED": a word in capitals after a name in capitals that is a
     * verb following names, or any word in -ED of five letters or more that is no known forename
     * ("AHMED"), ends the name: in a telegram in capitals no small letters tell the name from the verb.
     */
    boolean isVerbInCapitals(Tokens t, int j) {
        String w = t.get(j).text();
        if (w.length() < 2 || PhraseSet.hasLowerCase(w) || PhraseSet.hasLowerCase(t.get(j - 1).text())) return false;
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (lexicon.isVerbAfterName(lower)) return true;
        return lower.length() >= 5 && lower.endsWith("ed") && !lexicon.isForename(PhraseSet.capitalised(lower));
    }

    /**
     * Whether a name read so far as {@code parts} goes on at token {@code j}, the first of the next
     * line: the line ended on a forename spelt out, with only forenames and initials before it, and
     * the next line goes on with a name word ("Comrade Jaroslav" / "Krejčí said"), or on an East
     * Asian family name before a given name of two joined syllables ("Wang" / "Chia-hsiang"). Lines of names
     * ("Puja Frigyes" / "Marjai József") end on a surname and stay apart.
     */
    boolean wrapsAfterForenames(Tokens t, int j, List<String> parts) {
        if (parts.isEmpty() || j >= t.size() || !t.get(j).lineStart()) return false;
        if (t.text().substring(t.get(j - 1).end(), t.get(j).start()).chars().filter(c -> c == '\n').count() != 1) return false;
        // "A. P." / "Kirilenko": initials alone never end a name
        if (parts.stream().allMatch(PersonName::isInitial) && isNameWord(t, j)) return true;
        if (t.followsLongLine(j) && wrapsInProse(t, j, parts)) return true;
        if (!isNameWord(t, j)) return false;
        String last = parts.get(parts.size() - 1);
        // "Comrade Wang" / "Chia-hsiang": a family name, then its given name of two joined syllables
        if (parts.size() == 1 && lexicon.isEastAsianFamily(last) && PersonName.isKoreanGivenName(t.get(j).text())) return true;
        if (PersonName.isInitial(last) || !lexicon.isForename(last)) return false;
        return parts.stream().allMatch(p -> PersonName.isInitial(p) || lexicon.isForename(p));
    }

    /**
     * In wrapped prose, whether a name read so far as {@code parts} goes on at the next line's first
     * token {@code j}: an East Asian or Vietnamese family name and at most one syllable of its given
     * name ("Pham Van" / "Dong", "Ho Chi" / "Minh", "Khieu" / "Samphan"), or one surname before the
     * initials Soviet lists write after it ("Mzhavanadze" / "V.P."). A surname spelt out ends a
     * name as well as a line, so other names stop at the line's end.
     */
    private boolean wrapsInProse(Tokens t, int j, List<String> parts) {
        String first = parts.get(0);
        boolean family = lexicon.isEastAsianFamily(first) || lexicon.isVietnameseFamily(first);
        if (family && parts.size() <= 2 && isNameWord(t, j) && !PersonName.isInitial(parts.get(parts.size() - 1))
                && PhraseSet.hasLowerCase(first) == PhraseSet.hasLowerCase(t.get(j).text())) {
            return true;
        }
        return parts.size() == 1 && isInitial(t, j) && isInitial(t, j + 2) && t.adjacent(j + 2);
    }

    /**
     * {@link #read}, or where particles open the name ("General de Gaulle", "Ambassador van Roijen"),
     * the particles and the name after them; for a title or office before it only.
     */
    Read readWithParticles(TextScan s, int i) {
        Read r = read(s, i);
        int after = afterParticles(s.tokens, i);
        if (r != null || after == i || !s.free(i, after) || !isNameWord(s.tokens, after)) return r;
        Read rest = read(s, after);
        if (rest == null) return null;
        List<String> parts = new ArrayList<>();
        for (int k = i; k < after; k++) parts.add(s.tokens.get(k).text());
        parts.addAll(rest.parts());
        return new Read(i, rest.to(), parts);
    }

    /** "van der" before "Berg", "bin" before "Laden": the token after a run of particles that leads on to a name word, else {@code j}. */
    int afterParticles(Tokens t, int j) {
        int k = j;
        while (k < t.size() && k - j < 3 && lexicon.isNameParticle(t.get(k).text()) && (k == j || t.adjacent(k))) k++;
        return k > j && k < t.size() && t.adjacent(k) ? k : j;
    }

    /**
     * A word that may be part of a name: capitalised (or an Arabic name with its article, "al-Bakr"),
     * and not a title, function word, nationality or body.
     */
    boolean isNameWord(Tokens t, int j) {
        Token tok = t.at(j);
        if (tok == null || !tok.isWord() || tok.isDigits()) return false;
        if (!tok.isCapitalised() && !Lexicon.isArticleName(tok.text())) return false;
        // "O Jin-u": a Korean family name of one letter, before a hyphenated given name
        if (tok.text().length() == 1) return koreanOneLetterFamily(t, j);
        return (!lexicon.isStopword(tok.text()) || isFamilyNameAfterTitle(t, j)) && !lexicon.startsHonorific(t, j)
                && lexicon.offices.matchAt(t, j) == null && !lexicon.isDemonym(tok.text()) && !isPeople(tok.text()) && !isDemonymCompound(tok.text())
                && !DOCTRINE.matcher(tok.text()).matches() && !isSlippedOffice(tok.text()) && !Lexicon.isClippedCompound(tok.text())
                && lexicon.orgHeads.matchAt(t, j) == null && lexicon.publications.matchAt(t, j) == null
                && !tok.text().equals("CC") && lexicon.notNames.matchAt(t, j) == null;
    }

    /**
     * "Marshal He Long", "Comrade He Ying": a Chinese family name that is also an English pronoun is the
     * name where a title stands right before it and a given name right after; "the Marshal. He said" is not.
     */
    private boolean isFamilyNameAfterTitle(Tokens t, int j) {
        Token next = t.at(j + 1);
        if (j == 0 || !t.adjacent(j) || !lexicon.isEastAsianFamily(t.get(j).text()) || next == null || !t.adjacent(j + 1)
                || !next.isCapitalised() || lexicon.isStopword(next.text())) return false;
        String before = t.get(j - 1).text();
        return lexicon.opensOffice(before) || lexicon.isComradeWord(before);
    }

    private boolean koreanOneLetterFamily(Tokens t, int j) {
        Token next = t.at(j + 1);
        return lexicon.isEastAsianFamily(t.get(j).text()) && next != null && t.adjacent(j + 1) && next.text().contains("-")
                && PersonName.isKoreanGivenName(next.text());
    }

    /** "Soviets", "Czechs", "Rumanians", "Poles", "Swedes": a people, named by the plural of its adjective or a noun of its own. */
    private boolean isPeople(String w) {
        return lexicon.isPeople(w) || w.length() > 3 && w.endsWith("s") && lexicon.isDemonym(w.substring(0, w.length() - 1));
    }

    /**
     * "US-Czech", "Sino-Soviet", "Polish-American": adjectives of two states joined by a hyphen
     * qualify a noun ("Major US-Czech issue"); they are never a name. Each part is an adjective of a
     * state or a state's initials, and one at least is an adjective.
     */
    private boolean isDemonymCompound(String w) {
        if (w.indexOf('-') <= 0) return false;
        boolean adjective = false;
        for (String part : w.split("-")) {
            boolean ofState = lexicon.stateOfDemonym(part) != null;
            if (!ofState && (part.length() < 2 || PhraseSet.hasLowerCase(part))) return false;
            adjective |= ofState;
        }
        return adjective;
    }

    /**
     * "Echoing Kirilenko's remark", "Following Brennick's call": a word in -ing that opens a sentence
     * before a name is a participle leading up to the name, not its forename (a known forename such
     * as "Irving" is). Alone it may still be a surname ("Manning said").
     */
    private boolean isOpeningParticiple(Tokens t, int j) {
        String w = t.get(j).text();
        return w.length() > 5 && w.endsWith("ing") && PhraseSet.hasLowerCase(w) && t.opensSentenceOrQuotation(j)
                && !lexicon.isForename(w) && t.adjacent(j + 1) && isNameWord(t, j + 1);
    }

    /**
     * "Mikoyan A. I.", "Ponomarev B. N.": the last initial of a surname written before its initials,
     * as Soviet lists and minutes do; the name read so far is that one surname and its initials.
     */
    private boolean endsSurnameFirst(Tokens t, int j, List<String> parts) {
        if (parts.isEmpty() || PersonName.isInitial(parts.get(0))) return false;
        for (int k = 1; k < parts.size(); k++) if (!PersonName.isInitial(parts.get(k))) return false;
        return !isNameWord(t, j + 2) || !t.adjacent(j + 2);
    }

    /** "W[illiam]": an initial the editor spelt out. */
    boolean isCompletedInitial(Tokens t, int j) {
        Token tok = t.get(j);
        return j + 3 < t.size() && tok.text().length() == 1 && tok.isCapitalised() && t.get(j + 1).is("[")
                && t.touching(j + 1) && t.get(j + 2).isLowerCase() && t.get(j + 3).is("]");
    }

    /** "L." "Yu." "N" of "N.G.": one capital (or a capital and one small letter), then a full stop. */
    boolean isInitial(Tokens t, int j) {
        Token tok = t.at(j);
        if (tok == null) return false;
        String w = tok.text();
        boolean shape = (w.length() == 1 && Character.isUpperCase(w.charAt(0)))
                || (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
                    && !lexicon.isNotInitial(w))
                || isConsonantInitial(w) && !lexicon.isNotInitial(w);
        return shape && t.isDotAfter(j);
    }

    /**
     * "Dzh." of "Dzh. Batmunkh", "Shch.": a transliterated initial of three or four letters, a capital
     * and small consonants only (abbreviations such as "Mrs." and "Ltd." are listed as no initials).
     */
    private static boolean isConsonantInitial(String w) {
        if (w.length() < 3 || w.length() > 4 || !Character.isUpperCase(w.charAt(0))) return false;
        // no vowel at all: "Act." of "Trade Expansion Act." is a word, and so is "Dzúr." (an accented vowel is a vowel)
        String bare = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (bare.length() != w.length()) return false;
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (i > 0 && !Character.isLowerCase(c) || "aeiouyAEIOUY".indexOf(c) >= 0) return false;
        }
        return true;
    }

    /**
     * Where a bracket at {@code j} holds part of a name ("[Werner]" before a name, "[Shaoqi]" after
     * one word of it), the index of its closing bracket, else -1. After an East Asian family name the
     * editor often completes the whole given name, two syllables ("Pham [Van Dong]", "Ho [Chi Minh]",
     * "Kim [Il Sung]"); after any other word two words in brackets are as often a gloss
     * ("Ulbricht [SED Chairman]") as a name.
     */
    private int suppliedPart(Tokens t, int j, int wordsSoFar, List<String> parts) {
        int close = j + 1;
        while (close < t.size() && close - j <= 3 && !t.get(close).is("]")) {
            if (!isNameWord(t, close)) return -1;
            close++;
        }
        if (close >= t.size() || !t.get(close).is("]") || close == j + 1) return -1;
        int inside = close - j - 1;
        if (wordsSoFar == 0) {
            return inside <= 2 && isNameWord(t, close + 1) && t.adjacent(close + 1) ? close : -1;
        }
        boolean family = parts.size() == 1 && (lexicon.isEastAsianFamily(parts.get(0)) || lexicon.isVietnameseFamily(parts.get(0)));
        return wordsSoFar == 1 && (inside == 1 || inside == 2 && family) ? close : -1;
    }
}
