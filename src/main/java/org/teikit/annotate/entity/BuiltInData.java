package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.RegisterId;

/**
 * The entities teikit knows out of the box: the bundled states, places, organisations and
 * persons, plus every present-day country the JDK names that the bundled list lacks.
 */
final class BuiltInData {
    private BuiltInData() { }

    static List<KnownEntity> load() {
        List<KnownEntity> out = new ArrayList<>();
        for (String[] r : DataFile.rows("states.tsv", 3)) {
            out.add(entity(EntityType.PLACE, r[0], "state", r[1], null, null, r[2]));
        }
        out.addAll(jdkCountries(out));
        for (String[] r : DataFile.rows("places.tsv", 4)) {
            out.add(entity(EntityType.PLACE, r[0], r[1], r[2], null, null, r[3]));
        }
        for (String[] r : DataFile.rows("orgs.tsv", 3)) {
            out.add(entity(EntityType.ORG, r[0], null, r[1], null, null, r[2]));
        }
        for (String[] r : DataFile.rows("persons.tsv", 5)) {
            out.add(entity(EntityType.PERSON, r[0], null, r[1], blankToNull(r[2]), blankToNull(r[3]), r[4]));
        }
        return List.copyOf(out);
    }

    /** Cities named after a leader by the leader's own name ("Choibalsan"): places only after a cue (eponym-places.tsv). */
    static List<KnownEntity> eponymPlaces() {
        List<KnownEntity> out = new ArrayList<>();
        for (String[] r : DataFile.rows("eponym-places.tsv", 4)) {
            out.add(entity(EntityType.PLACE, r[0], r[1], r[2], null, null, r[3]));
        }
        return List.copyOf(out);
    }

    /** Countries by their English names ("Canada", "North Korea"), where no bundled state has that name. */
    private static List<KnownEntity> jdkCountries(List<KnownEntity> states) {
        Set<String> known = new HashSet<>();
        for (KnownEntity e : states) {
            for (String f : e.forms()) known.add(f.toLowerCase(Locale.ROOT));
        }
        List<String> codes = new ArrayList<>(Arrays.asList(Locale.getISOCountries()));
        codes.sort(null);
        List<KnownEntity> out = new ArrayList<>();
        for (String code : codes) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (name.isBlank() || name.matches(".*[()&\u2019'].*") || name.contains(" - ") || name.contains("SAR")
                    || known.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            known.add(name.toLowerCase(Locale.ROOT));
            out.add(entity(EntityType.PLACE, XmlIds.slug(name), "state", name, null, null, ""));
        }
        return out;
    }

    private static KnownEntity entity(EntityType type, String slug, String subtype, String name,
                                      String forename, String surname, String variants) {
        List<String> forms = Stream.concat(Stream.of(name), DataFile.alternatives(variants).stream()).distinct().toList();
        return new KnownEntity(RegisterId.of(type, slug), subtype, name, forename, surname, forms, null, false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
