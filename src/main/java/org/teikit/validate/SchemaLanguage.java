package org.teikit.validate;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The schema languages teikit validates with. */
public enum SchemaLanguage {
    /** RELAX NG, XML syntax ({@code .rng}); its embedded Schematron runs too. */
    RELAX_NG,
    /** RELAX NG, compact syntax ({@code .rnc}). */
    RELAX_NG_COMPACT,
    /** ISO Schematron ({@code .sch}, {@code .isosch}). */
    SCHEMATRON;

    static final String RELAX_NG_NS = "http://relaxng.org/ns/structure/1.0";
    static final String SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron";

    /** The language a file name suggests, or null when its extension says nothing teikit knows. */
    public static @Nullable SchemaLanguage byExtension(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        int q = l.indexOf('?');
        if (q >= 0) l = l.substring(0, q);
        if (l.endsWith(".rng")) return RELAX_NG;
        if (l.endsWith(".rnc")) return RELAX_NG_COMPACT;
        if (l.endsWith(".sch") || l.endsWith(".isosch")) return SCHEMATRON;
        return null;
    }

    /**
     * The language an {@code <?xml-model?>} declares: {@code schematypens} first, then
     * {@code type}, then the extension of {@code href}. Null when teikit cannot tell or cannot
     * validate with it (XML Schema, DTD).
     */
    public static @Nullable SchemaLanguage declared(String schematypens, String type, String href) {
        if (schematypens != null && !schematypens.isBlank()) {
            if (schematypens.equals(RELAX_NG_NS)) {
                return byExtension(href) == RELAX_NG_COMPACT ? RELAX_NG_COMPACT : RELAX_NG;
            }
            if (schematypens.equals(SCHEMATRON_NS) || schematypens.equals("http://www.ascc.net/xml/schematron")) {
                return SCHEMATRON;
            }
            return null;
        }
        if (type != null && type.toLowerCase(Locale.ROOT).contains("relax-ng-compact")) return RELAX_NG_COMPACT;
        return byExtension(href);
    }
}
