package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A person's name as read from a text, taken apart.
 *
 * @param parts     the words of the name, editor's brackets taken out ("[Werner] Krolikowski" → Werner, Krolikowski;
 *                  "W[illiam]" → William), initials kept with their full stop ("L.")
 * @param style     how the parts are ordered and how the person is referred to alone
 * @param forename  the forename part where the order is known, else {@code null}
 * @param surname   the surname (family name) part, else {@code null}
 * @param corrected the parts with an evident OCR slip mended ("Kim II Sung" → "Kim Il Sung"), or {@code null}
 * @param guessedOrder whether the forename/surname split is a guess (no known forename, no initials):
 *                  "Ortega Viera" may be two surnames
 */
record PersonName(List<String> parts, Style style, @Nullable String forename, @Nullable String surname,
                  @Nullable List<String> corrected,
                  boolean guessedOrder) {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMPACT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern KOREAN_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");
    /** The same in capitals ("SEONG-CHEOL" of a heading's "PAK SEONG-CHEOL"). */
    private static final Pattern KOREAN_GIVEN_NAME_CAPITALS = Pattern.compile("\\p{Lu}{2,6}-\\p{Lu}{2,7}");

    enum Style {
        /** Forename(s) then surname, or initials then surname; referred to by the surname. */
        WESTERN,
        /** Family name then forename ("Kádár János"); referred to by the family name. */
        HUNGARIAN,
        /** Korean and Chinese: family name first, the whole name is the name; referred to by the family name. */
        EAST_ASIAN,
        /** Family name first, referred to by the last part ("Comrade Thach"). */
        VIETNAMESE,
        /** One word only: a surname, or a part of a name given in full elsewhere. */
        SINGLE
    }

    PersonName(List<String> parts, Style style, String forename, String surname, List<String> corrected) {
        this(parts, style, forename, surname, corrected, false);
    }

    PersonName {
        parts = List.copyOf(parts);
        corrected = corrected == null ? null : List.copyOf(corrected);
    }

    static PersonName of(List<String> parts, Lexicon lexicon) {
        List<String> words = parts.stream().filter(p -> !isInitial(p)).toList();
        List<String> initials = parts.stream().filter(PersonName::isInitial).toList();
        List<String> corrected = mendSlips(parts);
        String first = parts.get(0);
        if (!initials.isEmpty() && !isInitial(first) && isInitial(parts.get(parts.size() - 1))) {
            // "Mikoyan A. I.": the surname before its initials
            int firstInitial = parts.indexOf(initials.get(0));
            return new PersonName(parts, Style.WESTERN, String.join(" ", parts.subList(firstInitial, parts.size())),
                    String.join(" ", parts.subList(0, firstInitial)), corrected);
        }
        if (!initials.isEmpty()) {
            int last = 0;
            for (int i = 0; i < parts.size(); i++) if (isInitial(parts.get(i))) last = i;
            return new PersonName(parts, Style.WESTERN, String.join(" ", parts.subList(0, last + 1)),
                    String.join(" ", parts.subList(last + 1, parts.size())), corrected);
        }
        if (parts.size() == 1) {
            return new PersonName(parts, Style.SINGLE, null, first, corrected);
        }
        if (lexicon.isNameParticle(first) && Character.isLowerCase(first.charAt(0)) || Lexicon.isCapitalParticle(first)) {
            // "de Gaulle", "van Roijen": a surname with its particle, no forename
            return new PersonName(parts, Style.WESTERN, null, String.join(" ", parts), corrected);
        }
        boolean vietnamese = lexicon.isVietnameseFamily(first)
                && (!lexicon.isEastAsianFamily(first) || parts.size() >= 3);
        if (vietnamese && !lexicon.isForename(first)) {
            return new PersonName(parts, Style.VIETNAMESE, null, null, corrected);
        }
        boolean korean = parts.size() == 2 && isKoreanGivenName(parts.get(1)) && !lexicon.isForename(first);
        if (korean || lexicon.isEastAsianFamily(first) && parts.size() <= 3 && !lexicon.isForename(first)) {
            return new PersonName(parts, Style.EAST_ASIAN, null, null, corrected);
        }
        String last = parts.get(parts.size() - 1);
        if (parts.size() == 2 && !lexicon.isForename(first) && lexicon.isFamilyFirst(first, last)) {
            return new PersonName(parts, Style.HUNGARIAN, last, first, corrected);
        }
        int forenames = 0;
        while (forenames < parts.size() - 1 && lexicon.isForename(parts.get(forenames))) forenames++;
        boolean guessed = forenames == 0;
        if (guessed) forenames = 1;
        // "Gennadi Ivanovich Petrov": a patronymic is a middle name, part of the forenames
        while (forenames < parts.size() - 1 && Lexicon.isPatronymic(parts.get(forenames))) {
            forenames++;
            guessed = false;
        }
        return new PersonName(parts, Style.WESTERN, String.join(" ", parts.subList(0, forenames)),
                String.join(" ", parts.subList(forenames, parts.size())), corrected, guessed);
    }

    /** "Chol-hun", "Yong-nam": a romanised Korean given name, two syllables joined by a hyphen, the second in small letters. */
    static boolean isKoreanGivenName(String part) {
        return KOREAN_GIVEN_NAME.matcher(withoutApostrophes(part)).matches();
    }

    /** "Ch'ang-ok" as "Changok" is matched: McCune-Reischauer marks aspiration with an apostrophe. */
    private static String withoutApostrophes(String part) {
        return part.replace("'", "").replace("\u2019", "");
    }

    /** {@link #isKoreanGivenName}, or the same written in capitals ("YONG-NAM"). */
    static boolean isKoreanGivenNameAnyCase(String part) {
        return isKoreanGivenName(part) || KOREAN_GIVEN_NAME_CAPITALS.matcher(withoutApostrophes(part)).matches();
    }

    static boolean isInitial(String part) {
        return part.endsWith(".");
    }

    /** "II" inside a name is a slip for "Il" (a Roman numeral only ever ends a name: "John Paul II"). */
    private static List<String> mendSlips(List<String> parts) {
        List<String> out = new ArrayList<>(parts);
        boolean mended = false;
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).equals("II")) {
                out.set(i, "Il");
                mended = true;
            }
        }
        return mended ? out : null;
    }

    /** The parts as they should read, slips mended. */
    List<String> reading() {
        return corrected != null ? corrected : parts;
    }

    /** The whole name as it should read: "Kim Il Sung", "L. I. Brezhnev". */
    String full() {
        return String.join(" ", reading());
    }

    /** What identifies the name: folded, lower case, hyphens as spaces. */
    String key() {
        return keyOf(full());
    }

    /** The word by which the person is referred to alone: surname, family name, or the last part. */
    String reference() {
        List<String> r = reading();
        return switch (style) {
            case EAST_ASIAN -> r.get(0);
            case VIETNAMESE -> r.get(r.size() - 1);
            case HUNGARIAN -> r.get(0);
            case WESTERN, SINGLE -> surname;
        };
    }

    /**
     * The words by which the person may be named alone, as the name spells them: the family name, or
     * each word of a compound surname ("Estrada", "Luque"), and an Arabic name also without its
     * article ("al-Bakr", "Bakr"). Particles and initials name no one.
     */
    List<String> referenceWords() {
        String r = reference();
        if (r == null) return List.of();
        if (style == Style.VIETNAMESE && parts.size() > 2) {
            // "Premier Pham", "President Ho": translations name a Vietnamese by the family name too, beside "Comrade Dong"
            List<String> both = new ArrayList<>(wordsOfSurname(r).stream().limit(1).toList());
            String family = reading().get(0);
            if (!both.contains(family)) both.add(family);
            return both;
        }
        return style == Style.WESTERN || style == Style.SINGLE ? wordsOfSurname(r) : wordsOfSurname(r).stream().limit(1).toList();
    }

    /**
     * The word by which the person is named alone in another spelling of the whole name, given
     * beside it ("Deng" of "Deng Xiaoping" for "Teng Hsiao-p'ing"): the word in the place the
     * name's own reference has; {@code null} for a spelling of one word.
     */
    @Nullable String referenceIn(String spelling) {
        String[] w = SPACES.split(spelling.strip());
        if (w.length < 2 || style == Style.SINGLE) return null;
        String word = style == Style.EAST_ASIAN || style == Style.HUNGARIAN ? w[0] : w[w.length - 1];
        return word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) ? null : word;
    }

    /** A compound of two names joined by the Arabic article as South Asia writes it: "Zia-ul-Haq", "Fakhr-ud-Din". */
    private static final Pattern JOINED_BY_ARTICLE = Pattern.compile("(\\p{Lu}\\p{L}+)-(?:ul|ud|ur|us|uz|al|el)-\\p{Lu}\\p{L}+");

    /** The words of a surname that name its bearer alone: "de Gaulle" → Gaulle; "al-Bakr" → al-Bakr, Bakr; "Zia-ul-Haq" → Zia. */
    static List<String> wordsOfSurname(String surname) {
        List<String> out = new ArrayList<>();
        for (String w : surname.split(" ")) {
            if (w.isEmpty() || isInitial(w) || Character.isLowerCase(w.charAt(0)) && !Lexicon.isArticleName(w) || Lexicon.isCapitalParticle(w)) continue;
            out.add(w);
            if (!Lexicon.withoutArticle(w).equals(w)) out.add(Lexicon.withoutArticle(w));
            // "Zia" of "Zia-ul-Haq", "Mujib" of "Mujib-ur-Rahman": the first name of a compound joined by an Arabic article names its bearer alone
            Matcher joined = JOINED_BY_ARTICLE.matcher(w);
            if (joined.matches()) out.add(joined.group(1));
        }
        return out;
    }

    /** The forename spelt out ("Ramiz" of "Ramiz Alia"), a weaker way to name the person alone; else {@code null}. */
    @Nullable String givenName() {
        if (style != Style.WESTERN || forename == null) return null;
        String first = forename.split(" ")[0];
        return isInitial(first) || first.length() < 3 ? null : first;
    }

    /** The same name with an evident slip mended to {@code correction} ("Brezhenv" read as "Brezhnev"). */
    PersonName corrected(String correction) {
        return new PersonName(parts, style, forename, surname, List.of(correction.split(" ")), guessedOrder);
    }

    boolean hasUnreadable() {
        return parts.stream().anyMatch(p -> p.contains("?"));
    }

    /** A name's key without spaces, hyphens, apostrophes or full stops: how spellings of one romanisation differ. */
    static String compact(String key) {
        return COMPACT.matcher(key).replaceAll("");
    }

    static String keyOf(String name) {
        String folded = PhraseSet.fold(name).toLowerCase(Locale.ROOT).replace('-', ' ');
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }
}
