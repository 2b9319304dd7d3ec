package org.teikit.tei;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English language names ("German", "Korean") to BCP 47 tags, from the JDK's own tables. */
final class LanguageNames {
    private static final Map<String, String> TAG_BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
            TAG_BY_NAME.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
        }
    }

    private LanguageNames() { }

    /** The tag for a language name, or a private-use tag ("x-…") when the JDK does not know the name. */
    static String tag(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        String tag = TAG_BY_NAME.get(key);
        if (tag != null) return tag;
        String slug = key.replaceAll("[^a-z0-9]+", "").replaceFirst("^(.{1,8}).*$", "$1");
        return slug.isEmpty() ? "und" : "x-" + slug;
    }
}
