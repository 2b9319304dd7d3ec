package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import org.teikit.annotate.EntityType;

/**
 * Places named with a word of their kind: a place word after the name ("Khabarovsk region",
 * "Damansky Island", and the names listed before a plural one: "Kunar, Paktia and Herat
 * provinces"), a feature word before it ("Lake Fertő", "Bay of Bengal"), a word that places a part
 * before a known place ("West Java"), the ending of one word ("Alexanderplatz"), a line of
 * latitude by its ordinal ("the 38th parallel").
 */
final class PlaceWordNames {
    private static final int MAX_LIST = 8;

    private final Lexicon lexicon;
    private final PlaceNameRun words;

    PlaceWordNames(Lexicon lexicon, PlaceNameRun words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    /** "Khabarovsk region", "Damansky Island": the place word stays in the name. */
    List<NameFound> withPlaceWords(TextScan s, Hits hits) {
        List<NameFound> out = listedBeforePluralPlaceWord(s, hits);
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (!s.free(i)) continue;
            if (namesNumberedPlace(s, i)) {
                // "Route 1", "road 13", "Kilometre 101", "Hill 881": a road or a marker named by its number
                out.add(claimRegion(s, i, i + 2));
                i++;
                continue;
            }
            if (namesLineOfLatitude(s, i)) {
                // "the 38th parallel": no capital shows the name, the ordinal and the word in small letters do
                out.add(claimRegion(s, i, i + 2));
                i++;
                continue;
            }
            PhraseSet.Match<KnownEntity> hit = hits.at(i);
            // "Near Pyongyang station": a cue opening the sentence is no word of the name after it
            if (hit == null && opensWithCue(t, i)) continue;
            int named = hit == null ? namedAfterEvent(s, i) : -1;
            if (named > 0) {
                // "Revolution Square": the event or body a square is named after is no name alone, the square is
                out.add(claimRegion(s, i, named));
                i = named - 1;
                continue;
            }
            if (hit == null && t.get(i).isWord() && t.get(i).isCapitalised() && !t.get(i).isAllCaps()
                    && lexicon.hasPlaceWordEnding(t.get(i).text())) {
                // "Alexanderplatz", "Stalinallee": the place word is the end of the one word
                out.add(claimRegion(s, i, i + 1));
                continue;
            }
            PhraseSet.Match<KnownEntity> part = hits.at(i + 1);
            if (hit == null && part != null && part.value().type() == EntityType.PLACE && t.get(i).isCapitalised()
                    && lexicon.isRegionPart(t.get(i).text()) && t.adjacent(i + 1) && s.free(i, part.to())) {
                // "West Java", "Upper Laos", "Greater Budapest": a word that places a part before a place names that part
                out.add(claimRegion(s, i, part.to()));
                i = part.to() - 1;
                continue;
            }
            if (hit == null && namesPartOfLand(s, i, part)) {
                // "Pirin Macedonia", "Aegean Thrace": a word no list knows before a historical land names a part of it
                out.add(claimRegion(s, i, part.to()));
                i = part.to() - 1;
                continue;
            }
            int run = hit != null && hit.value().type() == EntityType.PLACE ? knownPlaceRun(s, hit) : words.nameRun(s, i);
            PhraseSet.Match<Boolean> word = null;
            // "Red River Delta": a known place's own place word ("River") is no end of a longer name
            for (int end = hit != null && hit.value().type() == EntityType.PLACE ? hit.to() : i + 1; end <= run && word == null; end++) {
                if (end < t.size() && t.adjacent(end) && s.free(i, end)) word = lexicon.placeWords.matchAt(t, end);
            }
            PhraseSet.Match<Boolean> feature = word == null && hit == null && t.get(i).isCapitalised()
                    ? lexicon.featureWordsBeforeOf.matchAt(t, i) : null;
            PhraseSet.Match<Boolean> opener = word == null && hit == null && t.get(i).isCapitalised()
                    ? lexicon.featureWordsBeforeName.matchAt(t, i) : null;
            if (opener != null && opener.to() < t.size() && t.adjacent(opener.to())) {
                // "Lake Fertő", "Mount Kumgang": the form's word opens the name, the name words after it end it
                int end = words.nameRun(s, opener.to());
                // "Bezirk Frankfurt (Oder)": a known place after the word keeps its own end, brackets and all
                PhraseSet.Match<KnownEntity> known = hits.at(opener.to());
                if (known != null && known.value().type() == EntityType.PLACE) end = Math.max(end, known.to());
                if (end > opener.to() && !holdsBodysHead(t, i, end)) {
                    out.add(claimRegion(s, i, end));
                    i = end - 1;
                    continue;
                }
            }
            if (feature != null) {
                // "Bay of Bengal", "Strait of Otranto": the form's word opens the name, "of" and a name end it
                int of = feature.to();
                int end = ofTheName(s, of);
                if (end > of) {
                    out.add(claimRegion(s, i, end));
                    i = end - 1;
                    continue;
                }
            }
            if (word == null && hit != null && hit.value().type() == EntityType.PLACE) {
                // "the Ho Chi Minh Trail": the words of a known place are no start of another place's name ("Chi Minh Trail")
                i = hit.to() - 1;
                continue;
            }
            // "Gus Hall" is a person; "Sándor Bródy Street", a forename and a surname before the word, a street named after one
            if (word == null || lexicon.isForename(t.get(i).text()) && word.from() - i < 2) continue;
            // "a Krakow prison": a known town before a building's kind says where the building is, it names none
            if (hit != null && lexicon.isBuildingKind(t.get(word.from()).text())) continue;
            // "Plain of Jars" goes on over "of"; a word in small letters ends the name ("Wuchiang commune of Hsinlo county")
            int after = afterSecondPlaceWord(s, word.to());
            boolean small = !t.get(word.from()).isCapitalised();
            int end = small ? after : ofTheName(s, after);
            int start = small ? regionStart(s, i) : withCompassWord(s, regionStart(s, i));
            out.add(claimRegion(s, start, end));
            if (small && word.from() > start) out.add(nameBeforeKind(s, hits, start, word.from()));
            i = end - 1;
        }
        return out;
    }

    /**
     * "the Tsaribrod and Bosilegrad districts", "in Kunar, Paktia and Herat provinces": names listed
     * before a plural place word each name a place of that kind, without the word.
     */
    private List<NameFound> listedBeforePluralPlaceWord(TextScan s, Hits hits) {
        List<NameFound> out = new ArrayList<>();
        Tokens t = s.tokens;
        for (int i = 0; i < t.size(); i++) {
            List<int[]> items = new ArrayList<>();
            int k = i;
            boolean closed = false;
            while (items.size() < MAX_LIST && k < t.size() && (k == i || t.adjacent(k))) {
                int end = words.nameRun(s, k);
                if (end <= k) break;
                items.add(new int[] {k, end});
                if (closed) {
                    if (end < t.size() && t.adjacent(end) && lexicon.isPluralPlaceWord(t.get(end).text())) {
                        for (int[] item : items) out.add(claimPlace(s, hits, item[0], item[1]));
                        i = end;
                    }
                    break;
                }
                int next = end < t.size() && t.get(end).is(",") ? end + 1 : end;
                closed = next < t.size() && t.get(next).is("and");
                if (closed) next++;
                if (next == end) break;
                k = next;
            }
        }
        return out;
    }

    /** Tokens {@code [from, to)} claimed as a place: the gazetteer's where it knows exactly them, else a region of the text's own. */
    private static NameFound claimPlace(TextScan s, Hits hits, int from, int to) {
        PhraseSet.Match<KnownEntity> hit = hits.at(from);
        if (hit == null || hit.to() != to || hit.value().type() != EntityType.PLACE) return claimRegion(s, from, to);
        NameFound place = NameFound.known(s, from, to, hit.value());
        s.claim(from, to, place);
        return place;
    }

    /**
     * The end of the words a known place may open a region's name with: the place alone, or with
     * the words after it where one of them says what kind of region it is ("Xinjiang Uygur
     * Autonomous Region", "Guangxi Zhuang Autonomous Region").
     */
    private int knownPlaceRun(TextScan s, PhraseSet.Match<KnownEntity> hit) {
        Tokens t = s.tokens;
        int after = hit.to();
        if (after >= t.size() || !t.adjacent(after)) return after;
        int run = words.nameRun(s, after);
        for (int k = after; k < run; k++) {
            if (lexicon.isRegionModifier(t.get(k).text())) return run;
        }
        return after;
    }

    /** "Bezirk Leadership of the SED": a body's head after the form's word makes the words a body's name, no place. */
    private boolean holdsBodysHead(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.orgHeads.matchAt(t, k) != null) return true;
        }
        return false;
    }

    /**
     * "the South China Sea", "the East Siberian Sea": a compass word right before a name ending in a
     * place word in capitals is the name's first word; alone it is a direction, and "China" no place
     * of its own there.
     */
    private int withCompassWord(TextScan s, int start) {
        Tokens t = s.tokens;
        if (start == 0 || !t.adjacent(start) || !s.free(start - 1)) return start;
        Token before = t.get(start - 1);
        return before.isWord() && before.isCapitalised() && !before.isAllCaps() && lexicon.isCompassWord(before.text()) ? start - 1 : start;
    }

    /**
     * "Inner Mongolian Autonomous Region", "Xinjiang Uighur Autonomous Region": a region whose words
     * start with one that names no place alone (region-modifiers.txt) takes in the names and
     * adjectives of nationality before it.
     */
    private int regionStart(TextScan s, int from) {
        Tokens t = s.tokens;
        if (!lexicon.isRegionModifier(t.get(from).text())) return from;
        int k = from;
        while (k > 0 && from - k < PlaceNameRun.MAX_WORDS && t.adjacent(k) && s.free(k - 1) && t.get(k - 1).isWord() && t.get(k - 1).isCapitalised()
                && !t.get(k - 1).isAllCaps() && !lexicon.isStopword(t.get(k - 1).text()) && !t.opensSentence(k - 1)) {
            k--;
        }
        return k;
    }

    /**
     * "Revolution Square", "Parliament Square": one capitalised word of not-names.txt (an event,
     * an instrument or a body, no name of a person or place alone) right before a place word that
     * is itself one of them (Square, Street, Avenue, Bridge, Canal, Hall); the end of the place, or -1.
     */
    private int namedAfterEvent(TextScan s, int i) {
        Tokens t = s.tokens;
        if (!t.get(i).isWord() || !t.get(i).isCapitalised() || t.get(i).isAllCaps() || i + 1 >= t.size() || !t.adjacent(i + 1)) return -1;
        PhraseSet.Match<Boolean> event = lexicon.notNames.matchAt(t, i);
        PhraseSet.Match<Boolean> word = lexicon.placeWords.matchAt(t, i + 1);
        boolean streetWord = word != null && lexicon.notNames.matchAt(t, i + 1) != null;
        return event != null && event.to() == i + 1 && lexicon.placeWords.matchAt(t, i) == null && streetWord && s.free(i, word.to())
                ? word.to() : -1;
    }

    /** "Red river delta": a second place word right after the first ends the name; else {@code end}. */
    private int afterSecondPlaceWord(TextScan s, int end) {
        Tokens t = s.tokens;
        PhraseSet.Match<Boolean> more = end < t.size() && t.adjacent(end) && s.free(end) ? lexicon.placeWords.matchAt(t, end) : null;
        return more != null && s.free(end, more.to()) ? more.to() : end;
    }

    /**
     * "Route 1", "Kilometre 101": a word of numbered-place-words.txt, then a number in figures of
     * at most four digits, both free, the number not opening a measure or a date ("Route 1, 1967").
     */
    private boolean namesNumberedPlace(TextScan s, int i) {
        Tokens t = s.tokens;
        if (i + 1 >= t.size() || !t.adjacent(i + 1) || !lexicon.isNumberedPlaceWord(t.get(i).text())) return false;
        Token number = t.get(i + 1);
        return number.isDigits() && number.text().length() <= 4 && s.free(i, i + 2);
    }

    /** "38th parallel": an ordinal in figures at {@code i}, then a word of ordinal-place-words.txt, both free. */
    private boolean namesLineOfLatitude(TextScan s, int i) {
        Tokens t = s.tokens;
        return i + 1 < t.size() && OrgGrammar.ORDINAL.matcher(t.get(i).text()).matches() && t.adjacent(i + 1)
                && lexicon.isOrdinalPlaceWord(t.get(i + 1).text()) && s.free(i, i + 2);
    }

    /** A place cue of one word, capitalised, at {@code i} ("Near", "Outside", "Toward"). */
    private boolean opensWithCue(Tokens t, int i) {
        Token w = t.get(i);
        return w.isWord() && w.isCapitalised() && !w.isAllCaps() && lexicon.placeCues.containsWord(w.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Kumgang" of "the Kumgang mountains", "Kustanai" of "Kustanai oblast": before a kind in small
     * letters the name alone is the place's name too, and translations and their readers key either
     * form; it nests inside the whole, whose tokens are claimed already.
     */
    static NameFound nameBeforeKind(TextScan s, Hits hits, int from, int to) {
        PhraseSet.Match<KnownEntity> hit = hits.at(from);
        if (hit != null && hit.to() == to && hit.value().type() == EntityType.PLACE) return NameFound.known(s, from, to, hit.value());
        return NameFound.region(s, from, to);
    }

    private static NameFound claimRegion(TextScan s, int from, int end) {
        NameFound place = NameFound.region(s, from, end);
        s.claim(from, end, place);
        return place;
    }

    /** "Great Hall of the People", "Plain of Jars": an "of" and name words after a place word stay in the name. */
    private int ofTheName(TextScan s, int end) {
        Tokens t = s.tokens;
        if (end >= t.size() || !t.get(end).is("of") || !t.adjacent(end)) return end;
        int k = end + 1;
        if (k < t.size() && t.get(k).is("the") && t.adjacent(k)) k++;
        int run = words.nameRun(s, k);
        return run > k && t.adjacent(k) ? run : end;
    }


    /**
     * Whether the free word at {@code i} opens the name of a part of the land {@code land} right after
     * it: a land the gazetteer lists as a region ("Macedonia", "Thrace"), not a state or a city, and a
     * capitalised word no list knows, inside a sentence, that is no English word (english-words.txt,
     * weak evidence: "Yesterday Macedonia"), no adjective of a people ("Greek Macedonia" is a
     * people's, as "Soviet side" is), no forename and no stopword.
     */
    private boolean namesPartOfLand(TextScan s, int i, PhraseSet.Match<KnownEntity> land) {
        Tokens t = s.tokens;
        if (land == null || land.value().type() != EntityType.PLACE || !"region".equals(land.value().subtype())) return false;
        Token w = t.get(i);
        String text = w.text();
        return w.isWord() && w.isCapitalised() && !w.isAllCaps() && i > 0 && !t.opensSentence(i) && t.adjacent(i + 1)
                && s.free(i, land.to()) && !Lexicon.isEnglishWord(text.toLowerCase(java.util.Locale.ROOT))
                && !lexicon.isDemonym(text) && !lexicon.hasAdjectiveEnding(text) && !lexicon.isForename(text)
                && !lexicon.isStopword(text) && !t.get(i - 1).isCapitalised();
    }
}
