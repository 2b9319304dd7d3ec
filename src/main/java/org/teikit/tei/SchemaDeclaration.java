package org.teikit.tei;

import nu.xom.Document;
import nu.xom.ProcessingInstruction;

/**
 * The {@code <?xml-model?>} instructions teikit writes at the top of its TEI, naming teikit's
 * schema (grammar and rules) by teikit URLs. teikit resolves these URLs to the copies inside
 * its jar, so {@code teikit validate} checks teikit's TEI against teikit's schema with no
 * flags and no network; other tools can map them with a catalog.
 */
public final class SchemaDeclaration {
    /** Where teikit's schema is named; teikit never fetches from here. */
    public static final String BASE_URL = "https://teikit.org/schema/";
    public static final String GRAMMAR_URL = BASE_URL + "teikit.rng";
    public static final String RULES_URL = BASE_URL + "teikit.sch";

    private SchemaDeclaration() { }

    /** Puts the two declarations before the root element. */
    static void declare(Document document) {
        document.insertChild(model(GRAMMAR_URL, "http://relaxng.org/ns/structure/1.0"), 0);
        document.insertChild(model(RULES_URL, "http://purl.oclc.org/dsdl/schematron"), 1);
    }

    private static ProcessingInstruction model(String href, String schematypens) {
        return new ProcessingInstruction("xml-model", "href=\"" + href + "\" type=\"application/xml\" schematypens=\"" + schematypens + "\"");
    }
}
