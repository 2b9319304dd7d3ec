package org.teikit.annotate.entity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.teikit.annotate.RegisterId;

/** Register ids: ASCII, lower case, hyphenated, unique within one document. */
final class XmlIds {
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private final Set<String> taken = new HashSet<>();

    /** "Ri Dong-geon" → "ri-dong-geon", "Ceaușescu" → "ceausescu". */
    static String slug(String name) {
        String s = NOT_ALPHANUMERIC.matcher(PhraseSet.fold(name).toLowerCase(Locale.ROOT)).replaceAll("-");
        s = EDGE_HYPHENS.matcher(s).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }

    /** Reserves {@code wanted}, or the first of {@code wanted-2}, {@code wanted-3}, … that is free: always of the kind wanted. */
    RegisterId reserve(RegisterId wanted) {
        RegisterId id = wanted;
        for (int n = 2; !taken.add(id.value()); n++) id = wanted.numbered(n);
        return id;
    }
}
