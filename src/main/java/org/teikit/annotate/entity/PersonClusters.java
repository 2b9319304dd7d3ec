package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.Certainty;

/**
 * Groups the person finds of one document into persons: one cluster per person, however the text
 * names them ("Comrade Basmanov", "Basmanov", "[Basmanov:]"; "N.G. Sudarikov", "N. Sudarikov";
 * "S?ucza?ski", "Jan Słuczański"). Full names are grouped first; a lone word then joins the one
 * person it can refer to, and is dropped where it could refer to several ("Comrade Kim" beside
 * Kim Il Sung and Kim Yong-nam). A speaker label alone makes no person unless it recurs.
 */
final class PersonClusters {
    /** The shortest surname whose one-letter slips are told apart from other names. */
    private static final int SLIP_MIN = 5;
    /** First words of a nom de guerre or kunya in brackets after a name ("Abu Ammar"; alias-openers.txt). */
    private static final Set<String> ALIAS_OPENERS = Set.copyOf(DataFile.lines("alias-openers.txt"));

    /**
     * One person of the document and every find that names them. What is asked of a cluster
     * again and again (its best name, its forms, its distinct names and variants) is kept up to
     * date as finds arrive: a long document names one person thousands of times, and going
     * through every find on every question would cost the square of that.
     */
    static final class Cluster {
        final List<PersonFound> finds = new ArrayList<>();
        KnownEntity known;
        /** The distinct names of the finds, in order of first appearance. */
        private final Set<PersonName> names = new LinkedHashSet<>();
        private final Set<String> variants = new LinkedHashSet<>();
        /** The finds' own full forms and variants, in the order {@link #forms()} gives them. */
        private final Set<String> foundForms = new LinkedHashSet<>();
        private PersonName best;

        void add(PersonFound f) {
            finds.add(f);
            if (known == null && f.known() != null) known = f.known();
            PersonName n = f.name();
            if (names.add(n) && (best == null || score(n) > score(best))) best = n;
            if (n.parts().size() > 1 && !n.hasUnreadable()) foundForms.add(n.full());
            // "van der Stoel" of "Max van der Stoel": a surname that opens with its particle names the person again, "Van der Stoel is"
            // so does a surname with a particle inside it, "Couve de Murville" of "Maurice Couve de Murville", which is no two persons
            if (n.parts().size() > 2 && n.style() == PersonName.Style.WESTERN && n.surname() != null && n.surname().contains(" ")
                    && (Lexicon.isCapitalParticle(PhraseSet.capitalised(n.surname().split(" ")[0])) || particleInside(n.surname()))) {
                foundForms.add(n.surname());
                foundForms.add(PhraseSet.capitalised(n.surname()));
            }
            foundForms.addAll(f.variants());
            variants.addAll(f.variants());
        }

        /** Whether a surname of three words or more has a particle in small letters between capitalised words ("Couve de Murville"). */
        private static boolean particleInside(String surname) {
            String[] w = surname.split(" ");
            if (w.length < 3 || !Character.isUpperCase(w[0].charAt(0)) || !Character.isUpperCase(w[w.length - 1].charAt(0))) return false;
            for (int i = 1; i < w.length - 1; i++) {
                if (Lexicon.isCapitalParticle(PhraseSet.capitalised(w[i])) && Character.isLowerCase(w[i].charAt(0))) return true;
            }
            return false;
        }

        /** The fullest clean reading: most parts, no unreadable characters, forenames spelt out rather than initials. */
        PersonName best() {
            return best;
        }

        private static int score(PersonName n) {
            int s = n.parts().size() * 10;
            if (n.hasUnreadable()) s -= 100;
            if (n.corrected() != null) s -= 5;
            s -= (int) n.parts().stream().filter(PersonName::isInitial).count() * 3;
            return s;
        }

        /** Clean full forms of the name (two words or more), for finding it again. */
        Set<String> forms() {
            Set<String> out = new LinkedHashSet<>();
            if (known != null) out.addAll(known.forms());
            out.addAll(foundForms);
            return out;
        }

        /**
         * The words by which the person is named alone, folded, each with its spelling in the name:
         * the surname or family name, each word of a compound surname, an Arabic name without its article.
         */
        Map<String, String> references() {
            Map<String, String> out = new LinkedHashMap<>();
            List<String> words = new ArrayList<>();
            if (known != null && known.surname() != null) {
                words.addAll(PersonName.wordsOfSurname(known.surname()));
            }
            words.addAll(best().referenceWords());
            // "Deng" of "Teng Hsiao-p'ing [Deng Xiaoping]": the other spelling names the person alone too
            for (String v : variants) {
                String w = best().referenceIn(v);
                if (w != null) words.add(w);
            }
            // "Zhou" beside "Chou En-lai", "Deng" beside "Teng Hsiao-ping": a known East Asian person's family name
            // in the other romanisations of the name names them alone too (forms of as many words as the name, no titles)
            if (known != null && best().style() == PersonName.Style.EAST_ASIAN) {
                int size = known.name().strip().split("\\s+").length;
                for (String form : known.forms()) {
                    String w = form.strip().split("\\s+").length == size ? best().referenceIn(form) : null;
                    if (w != null) words.add(w);
                }
            }
            // "Dej" of "Gheorghiu-Dej", where the document names the person so on its own
            for (PersonFound f : finds) {
                String w = f.name().parts().get(0);
                if (f.name().parts().size() == 1 && endsHyphenatedSurname(this, w)) words.add(w);
            }
            for (String w : words) out.putIfAbsent(fold(w), w);
            return out;
        }

        /** The forename, folded, where it is spelt out: it names the person alone only where no one else has it. */
        @Nullable String givenName() {
            String g = known != null && known.forename() != null ? known.forename().split(" ")[0] : best().givenName();
            return g == null ? null : fold(g);
        }

        /** The person's name as it should be written: the known name, else the fullest reading. */
        String fullName() {
            return known != null ? known.name() : best().full();
        }

        int firstText() {
            return finds.stream().mapToInt(PersonFound::text).min().orElse(0);
        }
    }

    private PersonClusters() { }

    /**
     * The persons of a document. A person the text names only in part ("Comrade Basmanov") takes
     * the entry of the user's register ({@code authority}) that alone fits that part.
     */
    static List<Cluster> build(List<PersonFound> all, List<KnownEntity> authority, Set<String> commonWords, Spellings spellings) {
        List<Cluster> clusters = build(all, commonWords, spellings);
        for (Cluster c : clusters) {
            if (c.known != null) continue;
            List<KnownEntity> fits = authority.stream().filter(e -> fits(c, e)).toList();
            if (fits.size() == 1) c.known = fits.get(0);
        }
        return clusters;
    }

    private static boolean fits(Cluster c, KnownEntity e) {
        Set<String> refs = c.references().keySet();
        for (String form : e.forms()) {
            String key = PersonName.keyOf(form);
            if (c.names.stream().anyMatch(n -> n.key().equals(key))) return true;
            String[] words = key.split(" ");
            if (refs.contains(words[0]) || refs.contains(words[words.length - 1])) return true;
        }
        return false;
    }

    /**
     * @param commonWords words the document also writes in small letters: one of them alone names
     *                    no one ("General Editor", "Developments:")
     */
    static List<Cluster> build(List<PersonFound> all, Set<String> commonWords) {
        return build(all, commonWords, Spellings.NONE);
    }

    /** @param spellings how often the document writes each word: a spelling it repeats is no slip */
    static List<Cluster> build(List<PersonFound> all, Set<String> commonWords, Spellings spellings) {
        List<Cluster> clusters = new ArrayList<>();
        List<PersonFound> singles = new ArrayList<>();
        for (PersonFound f : all) {
            if (isOutlineLabel(f, commonWords)) continue;
            if (f.known() == null && (f.name().parts().size() == 1 || f.weak())) {
                singles.add(f);
                continue;
            }
            Cluster c = clusters.stream().filter(k -> samePerson(k, f)).findFirst().orElse(null);
            if (c == null) {
                c = new Cluster();
                clusters.add(c);
            }
            c.add(f);
        }
        mergeAll(clusters);
        mergeShortenedNames(clusters);
        Map<String, List<PersonFound>> pending = new LinkedHashMap<>();
        for (PersonFound single : singles) {
            PersonFound f = single;
            List<Cluster> targets = clusters.stream().filter(k -> refersTo(k, single) && sameTitleKind(k, single)).toList();
            if (targets.size() > 1) targets = namedAloneByKnownForm(targets, single);
            if (targets.isEmpty() && f.name().parts().size() == 1) {
                targets = weakerTargets(clusters, f);
                if (targets.size() == 1) f = weakerReference(targets.get(0), f, spellings);
            }
            if (targets.size() == 1) {
                targets.get(0).add(f);
            } else if (targets.isEmpty()) {
                pending.computeIfAbsent(f.name().key(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<PersonFound> group : pending.values()) {
            boolean confirmed = group.stream().anyMatch(f -> !f.weak()) || group.size() >= 2;
            boolean commonWord = group.get(0).name().parts().size() == 1
                    && commonWords.contains(fold(group.get(0).name().parts().get(0)));
            if (!confirmed || commonWord) continue;
            Cluster c = new Cluster();
            group.forEach(c::add);
            if (!joinedAsSlip(clusters, c, spellings)) clusters.add(c);
        }
        mergeIntoFullerNames(clusters);
        mergeByNameAndPatronymic(clusters);
        return clusters;
    }

    /**
     * "Anastas Ivanovich" beside "A. I. Mikoyan": a person named only by forename and patronymic, as
     * Russians address each other, is the one other person whose two initials those names begin with.
     */
    private static void mergeByNameAndPatronymic(List<Cluster> clusters) {
        mergeIntoTheOneFuller(clusters, (part, whole) -> part.known == null && part.names.stream().allMatch(PersonClusters::isNameAndPatronymic)
                && (whole.names.stream().anyMatch(n -> initialsFit(part.best(), n)) || knownForename(part.best(), whole)));
    }

    /** "Nikita Sergeyevich" beside "Khrushchev": the forename is the one a known person of the document has. */
    private static boolean knownForename(PersonName byPatronymic, Cluster whole) {
        if (whole.known == null || whole.known.forename() == null || whole.known.forename().isBlank()) return false;
        return fold(whole.known.forename().split(" ")[0]).equals(fold(byPatronymic.parts().get(0)));
    }

    private static boolean isNameAndPatronymic(PersonName n) {
        return n.parts().size() == 2 && !PersonName.isInitial(n.parts().get(0)) && Lexicon.isPatronymic(n.parts().get(1));
    }

    /** Whether "Anastas Ivanovich" fits "A. I. Mikoyan" or "Anastas Ivanovich Mikoyan": the same first letters, then a surname. */
    private static boolean initialsFit(PersonName byPatronymic, PersonName full) {
        List<String> p = full.parts();
        if (p.size() < 3 || isNameAndPatronymic(full)) return false;
        for (int k = 0; k < 2; k++) {
            String a = byPatronymic.parts().get(k);
            String b = p.get(k);
            if (PersonName.isInitial(b) ? !a.startsWith(b.substring(0, b.length() - 1)) : !a.equals(b)) return false;
        }
        return true;
    }

    /**
     * "A. Introduction", "B. Withdrawal": a letter of an outline before a word the document also
     * writes in small letters is a heading's label, not an initial and a surname.
     */
    private static boolean isOutlineLabel(PersonFound f, Set<String> commonWords) {
        List<String> parts = f.name().parts();
        if (f.known() != null || parts.size() != 2 || parts.get(0).length() != 2 || !PersonName.isInitial(parts.get(0))) return false;
        // "D. Cannot reconcile", "A. Strategy and Issues": the first letters of an outline before an English word guessed a name
        boolean outlineLetter = parts.get(0).charAt(0) <= 'H';
        return commonWords.contains(fold(parts.get(1))) || outlineLetter && f.cert() != null && Lexicon.isEnglishWord(parts.get(1));
    }

    /**
     * "Abdel Nasser" beside "Gamal Abdel Nasser", "P. Dimitrov" beside "Petar Stoyanov Dimitrov",
     * "Sadat" (a known entry) beside "Anwar al-Sadat": a person every one of whose names is a part
     * of exactly one other person's fuller name is that person. Two known entries never merge.
     */
    private static void mergeIntoFullerNames(List<Cluster> clusters) {
        mergeIntoTheOneFuller(clusters, (part, whole) -> !(whole.known != null && part.known != null) && partOf(part, whole));
    }

    /** Merges each cluster into the one other cluster it is {@code partOf}, where there is exactly one. */
    private static void mergeIntoTheOneFuller(List<Cluster> clusters, BiPredicate<Cluster, Cluster> partOf) {
        for (int a = 0; a < clusters.size(); a++) {
            Cluster part = clusters.get(a);
            List<Cluster> fuller = clusters.stream().filter(c -> c != part && partOf.test(part, c)).toList();
            if (fuller.size() != 1) continue;
            Cluster into = fuller.get(0);
            part.finds.forEach(into::add);
            clusters.remove(a);
            a = -1;
        }
    }

    private static boolean partOf(Cluster part, Cluster whole) {
        if (part.finds.stream().allMatch(PersonClusters::byMonarchTitle) && whole.finds.stream().noneMatch(PersonClusters::byMonarchTitle)) {
            return false;
        }
        Set<String> refs = whole.references().keySet();
        for (PersonName n : part.names) {
            boolean in = n.parts().size() == 1 ? refs.contains(fold(n.parts().get(0)))
                    : whole.names.stream().anyMatch(w -> w.parts().size() > n.parts().size() && endsLike(n, w));
            if (!in) return false;
        }
        return true;
    }

    /** "Abdel Nasser" of "Gamal Abdel Nasser"; "P. Dimitrov" of "Petar Stoyanov Dimitrov": same last word, the rest its tail or its initials. */
    private static boolean endsLike(PersonName shorter, PersonName longer) {
        List<String> s = List.of(shorter.key().split(" "));
        List<String> l = List.of(longer.key().split(" "));
        if (s.size() >= l.size() || !s.get(s.size() - 1).equals(l.get(l.size() - 1))) return false;
        if (l.subList(l.size() - s.size(), l.size()).equals(s)) return true;
        List<String> given = shorter.parts().subList(0, shorter.parts().size() - 1);
        return given.stream().allMatch(PersonName::isInitial)
                && compatibleForenames(String.join(" ", given), String.join(" ", longer.parts().subList(0, given.size())));
    }

    /** "Velkovksi" named alone after "Comrade Velkovski": the later single name that one person's name is a slip of joins that person. */
    private static boolean joinedAsSlip(List<Cluster> clusters, Cluster single, Spellings spellings) {
        if (single.finds.size() > 2 || single.best().parts().size() != 1) return false;
        String word = single.best().parts().get(0);
        List<Cluster> targets = clusters.stream().filter(c -> slipTarget(c, word) != null).toList();
        if (targets.size() != 1) return false;
        Cluster into = targets.get(0);
        String correction = slipTarget(into, word);
        for (PersonFound f : single.finds) into.add(spellings.isSlip(word, correction) ? f.with(f.name().corrected(correction), f.cert()) : f);
        return true;
    }

    /**
     * A lone word that names no one by surname may still name one person: by the forename
     * ("Comrade Ramiz" after "Ramiz Alia") or as a slip of a surname ("Mengitsu" after "Mengistu").
     */
    private static List<Cluster> weakerTargets(List<Cluster> clusters, PersonFound f) {
        String word = fold(f.name().parts().get(0));
        List<Cluster> byForename = clusters.stream().filter(c -> word.equals(c.givenName())).toList();
        if (!byForename.isEmpty()) return byForename;
        return clusters.stream().filter(c -> slipTarget(c, f.name().parts().get(0)) != null).toList();
    }

    /** The find as a mention of {@code c} by its forename (a guess), as a slip with its correction, or in the document's own spelling of the name. */
    private static PersonFound weakerReference(Cluster c, PersonFound f, Spellings spellings) {
        String word = f.name().parts().get(0);
        String slip = slipTarget(c, word);
        if (slip != null) return spellings.isSlip(word, slip) ? f.with(f.name().corrected(slip), f.cert()) : f;
        return f.with(f.name(), Certainty.MEDIUM);
    }

    /** The reference word of {@code c} that {@code word} misspells by one letter or two swapped letters, else {@code null}. */
    static @Nullable String slipTarget(Cluster c, String word) {
        for (String ref : c.references().values()) {
            if (ref.length() >= SLIP_MIN && Misspelling.oneEditApart(word, ref)) return ref;
        }
        // a word the person is also named by alone ("Mengistu" of Mengistu Haile Mariam)
        for (PersonName n : c.names) {
            String alone = n.parts().size() == 1 ? n.parts().get(0) : null;
            if (alone != null && alone.length() >= SLIP_MIN && Misspelling.oneEditApart(word, alone)) return alone;
        }
        return null;
    }

    /**
     * "Haile Selassie" after "Haile Selassie Gugsa": a person named by the first words of exactly one
     * other person's fuller name is that person. Their fuller name wins over a known entry the
     * shorter form matched.
     */
    private static void mergeShortenedNames(List<Cluster> clusters) {
        mergeIntoTheOneFuller(clusters, PersonClusters::shortens);
    }

    private static boolean shortens(Cluster shorter, Cluster fuller) {
        for (PersonFound f : shorter.finds) {
            List<String> words = List.of(f.name().key().split(" "));
            if (words.size() < 2) return false;
            boolean prefix = fuller.finds.stream().map(g -> List.of(g.name().key().split(" ")))
                    .anyMatch(g -> g.size() > words.size() && g.subList(0, words.size()).equals(words));
            if (!prefix) return false;
        }
        return true;
    }

    private static void mergeAll(List<Cluster> clusters) {
        for (boolean merged = true; merged; ) {
            merged = false;
            outer:
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    Cluster ca = clusters.get(a);
                    Cluster cb = clusters.get(b);
                    if (cb.finds.stream().anyMatch(f -> samePerson(ca, f))) {
                        cb.finds.forEach(ca::add);
                        clusters.remove(b);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
    }

    /** Whether a find of two or more words names the person of cluster {@code c}. */
    static boolean samePerson(Cluster c, PersonFound f) {
        if (c.known != null && f.known() != null) return c.known.id().equals(f.known().id());
        Set<String> forms = new LinkedHashSet<>();
        c.forms().forEach(x -> forms.add(PersonName.keyOf(x)));
        if (forms.contains(f.name().key())) return true;
        // "Abu Ammar [Yasser Arafat]": the editor's other name for the find in brackets is a full name of the person
        if (f.variants().stream().anyMatch(v -> forms.contains(PersonName.keyOf(v)))) return true;
        if (otherForename(c, f.name())) return false;
        // "Choe Yong-gon", "Ch'oe Yong-gon", "Choe Yonggon"; "Kim Il-sung", "Kim Ilsung": one name, its marks aside
        String compact = PersonName.compact(f.name().key());
        if (f.name().parts().size() > 1 && forms.stream().anyMatch(x -> PersonName.compact(x).equals(compact))) return true;
        if (f.known() != null && f.known().forms().stream().anyMatch(x -> forms.contains(PersonName.keyOf(x)))) return true;
        if (f.name().parts().size() > 1 && f.name().guessedOrder() && forms.stream().anyMatch(x -> x.endsWith(" " + f.name().key()))) {
            return true;
        }
        for (PersonName g : c.names) {
            if (g.parts().size() > 1 && g.guessedOrder() && f.name().key().endsWith(" " + g.key())) {
                return true;
            }
            if (sameWesternPerson(g, f.name()) || slipOf(g, f.name()) || slipOf(f.name(), g)) return true;
        }
        return false;
    }

    /**
     * "Marcelino dos Santos" beside "José Eduardo dos Santos" and "Dos Santos", "Rifaat al-Assad"
     * beside "Hafez al-Assad": where the person already has a forename spelt out and the name
     * spells out another one, it names another member of the family, whatever shorter form of the
     * surname the two share.
     */
    static boolean otherForename(Cluster c, PersonName n) {
        // "Ortega Viera" of "Jaime Ortega Viera": where the order is a guess, the first word may be a surname
        if (n.givenName() == null || n.guessedOrder()) return false;
        boolean spelt = false;
        for (PersonName g : c.names) {
            if (g.givenName() == null || g.guessedOrder()) continue;
            if (compatibleForenames(g.forename(), n.forename())) return false;
            spelt = true;
        }
        return spelt;
    }

    private static boolean sameWesternPerson(PersonName a, PersonName b) {
        boolean western = (a.style() == PersonName.Style.WESTERN || a.style() == PersonName.Style.HUNGARIAN)
                && (b.style() == PersonName.Style.WESTERN || b.style() == PersonName.Style.HUNGARIAN);
        if (!western || a.surname() == null || b.surname() == null || !sameSurname(a.surname(), b.surname())) return false;
        return compatibleForenames(a.forename(), b.forename());
    }

    /** "al-Assad" and "ASSAD", "el-Sadat" and "Sadat": an Arabic surname is the same with or without its joined article. */
    private static boolean sameSurname(String a, String b) {
        return fold(Lexicon.withoutArticle(a)).equals(fold(Lexicon.withoutArticle(b)));
    }

    /** "N." and "N.G.", "Yu." and "Yumjaagiin", "W." and "William" agree; "Jan" and "Jiří" do not. */
    static boolean compatibleForenames(String a, String b) {
        if (a == null || b == null) return true;
        String[] pa = fold(a).split("[ .]+");
        String[] pb = fold(b).split("[ .]+");
        int n = Math.min(pa.length, pb.length);
        for (int i = 0; i < n; i++) {
            if (!pa[i].startsWith(pb[i]) && !pb[i].startsWith(pa[i])) return false;
        }
        return true;
    }

    /** Whether {@code slip} is {@code clean} as an OCR misread it ("S?ucza?ski" of "Słuczański", "Kim II Sung"). */
    static boolean slipOf(PersonName slip, PersonName clean) {
        if (clean.hasUnreadable() || slip.parts().size() != clean.parts().size()) return false;
        boolean differs = false;
        for (int i = 0; i < slip.parts().size(); i++) {
            String s = slip.parts().get(i);
            String c = clean.parts().get(i);
            if (PhraseSet.tokenEquals(s, c)) continue;
            if (!PhraseSet.slipEquals(s, c)) return false;
            differs = true;
        }
        return differs;
    }

    /**
     * "President al-Assad" beside Hafez and Rifaat al-Assad, "Castro" beside Fidel and Raúl: the
     * surname alone names the one member of the family whose known entry gives it as a form of
     * their name; where none or several do, {@code targets} as they were.
     */
    private static List<Cluster> namedAloneByKnownForm(List<Cluster> targets, PersonFound single) {
        String key = single.name().key();
        List<Cluster> byForm = targets.stream()
                .filter(c -> c.known != null && c.known.forms().stream().anyMatch(x -> PersonName.keyOf(x).equals(key))).toList();
        return byForm.size() == 1 ? byForm : targets;
    }

    /** Titles of monarchs (monarch-titles.txt), folded. */
    private static final Set<String> MONARCH_TITLES = Set.copyOf(DataFile.lines("monarch-titles.txt").stream().map(PersonClusters::fold).toList());

    /**
     * "King Hussein", "the Jordanian King Hussein": one name after the title of a monarch is a regnal
     * or given name, so it does not make the find the person whose surname the word is (Saddam Hussein).
     */
    static boolean byMonarchTitle(PersonFound f) {
        if (f.name().parts().size() != 1) return false;
        for (String role : f.roles()) {
            String[] words = role.strip().split("\\s+");
            if (MONARCH_TITLES.contains(fold(words[words.length - 1]))) return true;
        }
        return false;
    }

    /** Whether every find of {@code c} is a name after the title of a monarch. */
    static boolean monarchOnly(Cluster c) {
        return !c.finds.isEmpty() && c.finds.stream().allMatch(PersonClusters::byMonarchTitle);
    }

    /** A name after a monarch's title joins only a person the document also names with such a title. */
    private static boolean sameTitleKind(Cluster c, PersonFound f) {
        return !byMonarchTitle(f) || c.finds.stream().anyMatch(PersonClusters::byMonarchTitle);
    }

    /** Whether a one-word find can name the person of cluster {@code c}. */
    static boolean refersTo(Cluster c, PersonFound f) {
        String word = f.name().parts().get(0);
        if (f.name().parts().size() > 1) {
            return c.forms().stream().anyMatch(x -> PersonName.keyOf(x).equals(f.name().key()));
        }
        Set<String> refs = c.references().keySet();
        return refs.contains(fold(word)) || (word.contains("?") && refs.stream().anyMatch(r -> PhraseSet.slipEquals(fold(word), r)))
                || c.variants.contains(word) || endsHyphenatedSurname(c, word);
    }

    /**
     * "Dej" of "Gheorghiu-Dej": a one-word name the rules found on their own, the last part of a
     * hyphenated surname, names its bearer, as the short form of such names goes. The word is sought
     * in the text only once a find named the person so: "France" of "Mendès-France" stays a country.
     */
    private static boolean endsHyphenatedSurname(Cluster c, String word) {
        String surname = c.known != null && c.known.surname() != null ? c.known.surname() : c.best().surname();
        if (surname == null || c.best().style() != PersonName.Style.WESTERN && c.known == null) return false;
        int dash = surname.lastIndexOf('-');
        return dash > 0 && dash < surname.length() - 1 && fold(surname.substring(dash + 1)).equals(fold(word))
                && Character.isUpperCase(surname.charAt(dash + 1));
    }

    /**
     * "Yasser Arafat (Abu Ammar)": a nom de guerre in brackets right after a person's name is that
     * person's other name, so the two clusters are one. Only names that open with a kunya's word
     * (alias-openers.txt): "Le Duan (Vietnam)" or a second person in brackets stay apart.
     */
    static void joinAliasesInBrackets(List<Cluster> clusters, List<TextScan> scans) {
        for (boolean merged = true; merged; ) {
            merged = false;
            outer:
            for (Cluster a : clusters) {
                for (Cluster b : clusters) {
                    if (a != b && b.finds.stream().anyMatch(f -> a.finds.stream().anyMatch(g -> aliasInBrackets(g, f, scans)))) {
                        b.finds.forEach(a::add);
                        clusters.remove(b);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
    }

    private static boolean aliasInBrackets(PersonFound name, PersonFound alias, List<TextScan> scans) {
        if (alias.text() != name.text() || alias.from() != name.to() + 1 || alias.name().parts().size() < 2
                || !ALIAS_OPENERS.contains(alias.name().parts().get(0))) {
            return false;
        }
        TextScan s = scans.stream().filter(x -> x.index == name.text()).findFirst().orElse(null);
        return s != null && s.isWord(name.to(), "(") && s.isWord(alias.to(), ")");
    }

    /**
     * "Costa Gomes" of "Francisco da Costa Gomes", "van den Broek" aside: a name of two or more words
     * that is the whole of a longer name after its particle is that name's double surname alone.
     */
    static boolean surnameAfterParticle(Cluster c, String key, Predicate<String> isParticle) {
        return c.forms().stream().anyMatch(x -> surnameAfterParticle(PersonName.keyOf(x), key, isParticle));
    }

    private static boolean surnameAfterParticle(String formKey, String key, Predicate<String> isParticle) {
        if (!key.contains(" ") || !formKey.endsWith(" " + key)) return false;
        String[] before = formKey.substring(0, formKey.length() - key.length() - 1).split(" ");
        return before.length >= 2 && isParticle.test(before[before.length - 1]);
    }

    static String fold(String s) {
        return PhraseSet.fold(s).toLowerCase(Locale.ROOT);
    }
}
