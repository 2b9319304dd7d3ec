package org.teikit.annotate.entity;

import org.teikit.annotate.Certainty;
import org.teikit.annotate.EntityType;

/**
 * A place or organisation found in one text.
 *
 * @param text    which text of the document
 * @param from    first token
 * @param to      one past the last token
 * @param type    place or organisation
 * @param subtype "state", "city", "region" where known
 * @param known   the entity of the gazetteer it is, else {@code null}
 * @param key     what makes two finds one register entry: the known id, else the normalised name
 * @param surface the name as written, brackets taken out
 * @param cert    how sure, where it is a guess from context
 */
record NameFound(int text, int from, int to, EntityType type, String subtype, KnownEntity known,
                 String key, String surface, Certainty cert) {

    static String keyOf(KnownEntity known, String surface) {
        return known != null ? known.id() : normalise(surface);
    }

    /** "the Ministry of Foreign Affairs" → "ministry of foreign affairs"; case, diacritics, brackets and quotes do not count. */
    static String normalise(String surface) {
        String s = PhraseSet.fold(surface).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\[\\]()\"]", "").replaceAll("\\s+", " ").strip();
        s = s.replaceFirst("^the ", "");
        return "name:" + s.replaceAll("'s$", "");
    }
}
