package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.AnnotatedText;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.Mark;
import org.teikit.annotate.Register;
import org.teikit.annotate.RegisterEntry;
import org.teikit.annotate.RegisterId;
import org.teikit.annotate.Span;

/**
 * Turns the persons and names of a document into register entries (ids, preferred names,
 * variants, roles) and the spans that point at them, in order of first mention.
 */
final class RegisterBuilder {
    private static final Pattern LEADING_THE = Pattern.compile("^(the|The) ");
    private final List<TextScan> scans;
    private final XmlIds ids = new XmlIds();
    private final List<List<Span>> spans = new ArrayList<>();
    private final List<List<DocumentEntities.VariantBracket>> brackets = new ArrayList<>();

    RegisterBuilder(List<TextScan> scans) {
        this.scans = scans;
        for (int i = 0; i < scans.size(); i++) {
            spans.add(new ArrayList<>());
            brackets.add(new ArrayList<>());
        }
    }

    DocumentEntities build(List<PersonClusters.Cluster> clusters, List<NameFound> names) {
        List<Object> groups = new ArrayList<>(clusters);
        Map<String, List<NameFound>> byKey = new LinkedHashMap<>();
        for (NameFound n : names) byKey.computeIfAbsent(n.type() + "|" + n.key(), k -> new ArrayList<>()).add(n);
        groups.addAll(byKey.values());
        groups.sort(Comparator.comparingLong(this::firstMention));
        List<RegisterEntry> entries = new ArrayList<>();
        for (Object g : groups) {
            if (g instanceof PersonClusters.Cluster c) {
                entries.add(person(c));
            } else {
                @SuppressWarnings("unchecked")
                List<NameFound> finds = (List<NameFound>) g;
                entries.add(name(finds));
            }
        }
        spans.forEach(list -> list.sort(AnnotatedText.DOCUMENT_ORDER));
        return new DocumentEntities(spans, new Register(entries), brackets);
    }

    private long firstMention(Object g) {
        if (g instanceof PersonClusters.Cluster c) {
            return c.finds.stream().mapToLong(f -> position(f.text(), f.from())).min().orElse(Long.MAX_VALUE);
        }
        @SuppressWarnings("unchecked")
        List<NameFound> finds = (List<NameFound>) g;
        return finds.stream().mapToLong(f -> position(f.text(), f.from())).min().orElse(Long.MAX_VALUE);
    }

    private long position(int text, int token) {
        return ((long) text << 32) + scans.get(text).start(token);
    }

    private RegisterEntry person(PersonClusters.Cluster c) {
        PersonName best = c.best();
        KnownEntity k = c.known;
        boolean eastern = best.style() == PersonName.Style.EAST_ASIAN || best.style() == PersonName.Style.VIETNAMESE;
        RegisterId id = ids.reserve(k != null ? k.id()
                : RegisterId.of(EntityType.PERSON, XmlIds.slug(eastern || best.surname() == null ? best.full() : best.surname())));
        String name = k != null ? k.name() : best.full();
        String forename = k != null ? k.forename() : eastern ? null : best.forename();
        String surname = k != null ? k.surname() : eastern ? null : best.surname();
        Set<String> variants = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        List<String> clean = cleanForms(c, name);
        for (PersonFound f : c.finds) {
            TextScan s = scans.get(f.text());
            int start = s.start(f.from());
            spans.get(f.text()).add(new Span(start, s.end(f.to()), new Mark.Mention(id), f.cert()));
            String correction = correction(f.name(), clean);
            if (correction != null) {
                spans.get(f.text()).add(new Span(start, s.end(f.nameTo()), new Mark.Sic(correction)));
            }
            if (f.abbreviation() != null) {
                PersonFound.Abbreviation a = f.abbreviation();
                spans.get(f.text()).add(new Span(s.start(a.from()), s.end(a.to()), new Mark.Abbreviation(a.expansion())));
            }
            if (f.to() > f.nameTo() && s.at(f.nameTo()).is("[")) {
                brackets.get(f.text()).add(new DocumentEntities.VariantBracket(s.start(f.nameTo()), s.end(f.to())));
            }
            String surface = s.span(f.from(), f.nameTo()).replace("[", "").replace("]", "");
            if (f.name().parts().size() > 1 || correction != null) variants.add(surface);
            variants.addAll(f.variants());
            roles.addAll(f.roles());
        }
        variants.removeIf(v -> v.equalsIgnoreCase(name) || isPartOf(v, name));
        return new RegisterEntry(id, name, forename, surname, List.copyOf(variants), List.copyOf(roles),
                k == null ? null : k.uri(), null, k != null && k.fromAuthority());
    }

    /** Every clean full form of the person, longest first: what an OCR slip is mended to. */
    private static List<String> cleanForms(PersonClusters.Cluster c, String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        for (String f : c.forms()) if (!out.contains(f)) out.add(f);
        return out;
    }

    /** The mended reading of a name that an OCR misread ("Kim II Sung", "S?ucza?ski"), else {@code null}. */
    static @Nullable String correction(PersonName n, List<String> cleanForms) {
        if (n.corrected() != null) return String.join(" ", n.corrected());
        List<String> parts = n.parts();
        for (String form : cleanForms) {
            String[] words = form.split(" ");
            if (words.length < parts.size()) continue;
            boolean slipped = false;
            boolean all = true;
            for (int i = 0; i < parts.size() && all; i++) {
                String w = words[words.length - parts.size() + i];
                if (PhraseSet.tokenEquals(parts.get(i), w)) continue;
                if (PhraseSet.slipEquals(parts.get(i), w) && !parts.get(i).equals(w.toUpperCase(Locale.ROOT))) {
                    slipped = true;
                } else {
                    all = false;
                }
            }
            if (all && slipped) {
                return String.join(" ", List.of(words).subList(words.length - parts.size(), words.length));
            }
        }
        return null;
    }

    /** "Ri" of "Ri Dong-geon", "Basmanov" of "Basmanov": forms that add nothing to the name. */
    private static boolean isPartOf(String form, String name) {
        Set<String> words = new java.util.HashSet<>(List.of(PersonName.keyOf(name).split(" ")));
        for (String w : PersonName.keyOf(form).split(" ")) {
            if (!words.contains(w)) return false;
        }
        return true;
    }

    private RegisterEntry name(List<NameFound> finds) {
        NameFound first = finds.get(0);
        KnownEntity k = finds.stream().map(NameFound::known).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String name = k != null ? k.name() : preferredSurface(finds);
        // the finds of one group share one kind (it is part of the key), and a known entity's id is of its kind
        RegisterId id = ids.reserve(k != null ? k.id() : RegisterId.of(first.type(), XmlIds.slug(name)));
        Set<String> variants = new LinkedHashSet<>();
        String subtype = k != null ? k.subtype() : first.subtype();
        for (NameFound n : finds) {
            TextScan s = scans.get(n.text());
            spans.get(n.text()).add(new Span(s.start(n.from()), s.end(n.to()), new Mark.Mention(id), n.cert()));
            if (n.from() > 0 && s.at(n.from() - 1).is("[") && n.to() < s.tokens.size() && s.at(n.to()).is("]")) {
                brackets.get(n.text()).add(new DocumentEntities.VariantBracket(s.start(n.from() - 1), s.end(n.to() + 1)));
            }
            if (subtype == null) subtype = n.subtype();
            String surface = LEADING_THE.matcher(n.surface()).replaceFirst("");
            if (!surface.equalsIgnoreCase(name)) variants.add(surface);
        }
        return new RegisterEntry(id, name, null, null, dedupeIgnoringCase(variants), List.of(),
                k == null ? null : k.uri(), subtype, k != null && k.fromAuthority());
    }

    /** The first form written in ordinary case ("Hanoi" rather than "HANOI"); short all-capital forms are acronyms and count. */
    private static String preferredSurface(List<NameFound> finds) {
        return finds.stream().map(NameFound::surface).filter(s -> PhraseSet.hasLowerCase(s) || s.length() <= 6)
                .findFirst().orElse(finds.get(0).surface());
    }

    private static List<String> dedupeIgnoringCase(Set<String> forms) {
        List<String> out = new ArrayList<>();
        for (String f : forms) {
            if (out.stream().noneMatch(o -> o.equalsIgnoreCase(f))) out.add(f);
        }
        return out;
    }
}
