package org.teikit.annotate.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What words say about names, from the bundled word lists: forms of address, offices, given
 * names, family names, the nouns that end an organisation's name, adjectives of nationality.
 * Immutable once built.
 */
public final class Lexicon {
    final PhraseSet<Boolean> honorifics = phrases("honorifics.txt");
    final PhraseSet<Boolean> offices = phrases("offices.txt");
    /** Org heads; the value says whether the organisation may go on with "in"/"to" + a place. */
    final PhraseSet<Boolean> orgHeads = new PhraseSet<>();
    final PhraseSet<Boolean> publications = phrases("publications.txt");
    /** Words after a head that make the phrase an event or a document, not a body ("Party Congress"). */
    final PhraseSet<Boolean> orgClosers = phrases("org-closers.txt");
    /** Nouns that end a name of a person or place rather than belong to it ("Doctrine", "Talks", "World War"). */
    final PhraseSet<Boolean> notNames = phrases("not-names.txt");
    final PhraseSet<Boolean> placeWords = phrases("place-words.txt");
    final PhraseSet<Boolean> placeCues = phrases("place-cues.txt");
    /** Adjective → state id ("" for adjectives of no one state: "European"). */
    final PhraseSet<String> demonyms = new PhraseSet<>();
    private final Set<String> stopwords = words("stopwords.txt");
    private final Set<String> roleStarts = new HashSet<>();
    private final Set<String> forenames = folded("forenames.txt");
    private final Set<String> hungarianForenames = folded("forenames-hungarian.txt");
    private final Set<String> eastAsianFamilies = folded("family-names-east-asian.txt");
    private final Set<String> vietnameseFamilies = folded("family-names-vietnamese.txt");
    private final Map<String, String> demonymState = new HashMap<>();

    public Lexicon() {
        for (String[] row : DataFile.rows("org-heads.txt", 2)) {
            orgHeads.add(row[0], "diplomatic".equals(row[1]));
        }
        for (String[] row : DataFile.rows("demonyms.tsv", 2)) {
            demonyms.add(row[0], row[1]);
            demonymState.put(row[0], row[1]);
        }
        for (String line : DataFile.lines("offices.txt")) {
            roleStarts.add(line.split(" ")[0].toLowerCase(Locale.ROOT));
        }
        for (String line : DataFile.lines("role-words.txt")) {
            roleStarts.add(line.toLowerCase(Locale.ROOT));
        }
    }

    private static PhraseSet<Boolean> phrases(String file) {
        PhraseSet<Boolean> set = new PhraseSet<>();
        for (String line : DataFile.lines(file)) set.add(line, Boolean.TRUE);
        return set;
    }

    private static Set<String> words(String file) {
        return Set.copyOf(DataFile.lines(file));
    }

    private static Set<String> folded(String file) {
        Set<String> out = new HashSet<>();
        for (String line : DataFile.lines(file)) out.add(PhraseSet.fold(line).toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    private static String low(String w) {
        return PhraseSet.fold(w).toLowerCase(Locale.ROOT);
    }

    /** A capitalised function word or document label that is never part of a name ("The", "Subject", "May"). */
    public boolean isStopword(String w) {
        if (stopwords.contains(w)) return true;
        if (!PhraseSet.hasLowerCase(w) && w.length() > 1) {
            String cap = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            return stopwords.contains(cap);
        }
        return false;
    }

    public boolean isForename(String w) {
        String f = low(w);
        return forenames.contains(f) || hungarianForenames.contains(f);
    }

    public boolean isHungarianForename(String w) {
        return hungarianForenames.contains(low(w));
    }

    public boolean isEastAsianFamily(String w) {
        return eastAsianFamilies.contains(low(w));
    }

    public boolean isVietnameseFamily(String w) {
        return vietnameseFamilies.contains(low(w));
    }

    /** A word that may open a role after a name ("Deputy", "head", "interpreter"). */
    public boolean isRoleStart(String w) {
        return roleStarts.contains(w.toLowerCase(Locale.ROOT));
    }

    public boolean isDemonym(String w) {
        return demonyms.containsWord(w);
    }

    /** The state an adjective of nationality points at ("Hungarian" → "hungary"), or {@code null}. */
    public String stateOfDemonym(String adjective) {
        String id = demonymState.get(adjective);
        return id == null || id.isEmpty() ? null : id;
    }

    /** "North", "South", "East", "West": a direction, never a place of its own. */
    public boolean isCompassWord(String w) {
        return java.util.Set.of("North", "South", "East", "West", "NORTH", "SOUTH", "EAST", "WEST").contains(w);
    }

    /** A doctrine or movement word ("Marxism-Leninism", "Maoism"): never a place. */
    public boolean isDoctrine(String w) {
        for (String part : w.split("-")) {
            String p = part.toLowerCase(Locale.ROOT);
            if (p.endsWith("ism") || p.endsWith("ist")) return true;
        }
        return false;
    }
}
