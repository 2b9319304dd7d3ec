package org.teikit.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <?xml-model?>} processing instruction (W3C "Associating Schemas with XML
 * documents"): where the schema is and what kind it is.
 *
 * @param href         the schema reference as written
 * @param type         the media type, or null
 * @param schematypens the schema language namespace, or null
 * @param line         where the instruction is
 */
record XmlModel(String href, @Nullable String type, @Nullable String schematypens, int line, int column) {
    private static final Pattern PSEUDO_ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /** Parses the data of the instruction; null when it has no {@code href}. */
    static @Nullable XmlModel parse(String data, int line, int column) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = PSEUDO_ATTRIBUTE.matcher(data);
        while (m.find()) {
            attributes.putIfAbsent(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        String href = attributes.get("href");
        if (href == null || href.isBlank()) return null;
        return new XmlModel(href, attributes.get("type"), attributes.get("schematypens"), line, column);
    }

    SchemaLanguage language() {
        return SchemaLanguage.declared(schematypens, type, href);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
