package org.teikit.annotate.entity;

import java.util.regex.Pattern;
import org.teikit.annotate.Certainty;
import org.teikit.annotate.EntityType;

/**
 * A place or organisation found in one text.
 *
 * @param text    which text of the document
 * @param from    first token
 * @param to      one past the last token
 * @param type    place or organisation; for a known entity always its kind, whatever rule found it
 * @param subtype "state", "city", "region" where known
 * @param known   the entity of the gazetteer it is, else {@code null}
 * @param key     what makes two finds one register entry: the known id, else the normalised name
 * @param surface the name as written, brackets taken out
 * @param cert    how sure, where it is a guess from context
 */
record NameFound(int text, int from, int to, EntityType type, String subtype, KnownEntity known,
                 String key, String surface, Certainty cert) {
    /**
     * A known entity is what the gazetteer says it is: a rule that met "UN" where it expected a
     * place (inside "the Czech UN Mission") found the organisation, not a place with the
     * organisation's id. Taking kind and key from the entity here means no caller can pair one
     * kind with another kind's id.
     */
    NameFound {
        if (known != null) {
            if (known.type() != type) subtype = known.subtype();
            type = known.type();
            key = known.id().value();
        }
    }

    private static final Pattern BRACKETS_AND_QUOTES = Pattern.compile("[\\[\\]()\"]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern POSSESSIVE_END = Pattern.compile("'s$");

    /** The known entity {@code e} found at tokens [{@code from}, {@code to}) of a text, as the gazetteer has it. */
    /** A place no list knows, read from the words {@code [from, to)} of the text (subtype "region"). */
    static NameFound region(TextScan s, int from, int to) {
        String surface = s.span(from, to);
        return new NameFound(s.index, from, to, EntityType.PLACE, "region", null, normalise(surface), surface, null);
    }

    static NameFound known(TextScan s, int from, int to, KnownEntity e) {
        return new NameFound(s.index, from, to, e.type(), e.subtype(), e, e.id().value(), s.span(from, to), null);
    }

    static String keyOf(KnownEntity known, String surface) {
        return known != null ? known.id().value() : normalise(surface);
    }

    /** "the Ministry of Foreign Affairs" → "ministry of foreign affairs"; case, diacritics, brackets and quotes do not count. */
    static String normalise(String surface) {
        String s = PhraseSet.fold(surface).toLowerCase(java.util.Locale.ROOT);
        s = SPACES.matcher(BRACKETS_AND_QUOTES.matcher(s).replaceAll("")).replaceAll(" ").strip();
        s = LEADING_THE.matcher(s).replaceFirst("");
        return "name:" + POSSESSIVE_END.matcher(s).replaceAll("");
    }
}
