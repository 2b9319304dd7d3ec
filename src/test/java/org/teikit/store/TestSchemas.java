package org.teikit.store;

import java.util.List;
import java.util.stream.Collectors;

/** Small schemas written for the tests: any TEI document, and a made-up TEI P5 release of a customisation. */
public final class TestSchemas {
    private TestSchemas() { }

    /** Takes a TEI root with anything in it. */
    public static final String ANY_TEI_RNG = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0">
              <start><element name="TEI"><ref name="any"/></element></start>
              <define name="any"><zeroOrMore><choice><attribute><anyName/></attribute><text/>
                <element><anyName/><ref name="any"/></element></choice></zeroOrMore></define>
            </grammar>
            """;

    /**
     * What the TEI's ODD processor writes, in miniature: its edition comment (with the
     * no-break space the real files have) and a define per element, {@code tei_}-prefixed.
     */
    public static String teiRelease(String version, List<String> elements) {
        String defines = elements.stream().map(e -> "  <define name=\"tei_" + e + "\"><element name=\"" + e + "\"><ref name=\"any\"/></element></define>")
                .collect(Collectors.joining("\n"));
        return "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\" ns=\"http://www.tei-c.org/ns/1.0\"><!--\n"
                + "Schema generated from ODD source 2030-01-01T00:00:00Z. .\n"
                + "TEI Edition: P5 Version\u00A0" + version + ". Last updated on 1st January 2030, revision 0000000\n"
                + "TEI Edition Location: https://www.tei-c.org/Vault/P5/" + version + "/\n-->\n"
                + "  <start><choice><ref name=\"tei_TEI\"/></choice></start>\n"
                + defines + "\n"
                + "  <define name=\"any\"><zeroOrMore><choice><attribute><anyName/></attribute><text/>"
                + "<element><anyName/><ref name=\"any\"/></element></choice></zeroOrMore></define>\n"
                + "</grammar>\n";
    }

    /** Every module's marker element, as tei_all has them. */
    public static final List<String> ALL = List.of("TEI", "teiHeader", "sp", "entryFree", "msDesc", "facsimile", "person", "fs", "app", "u",
            "w", "certainty", "schemaSpec", "lg");

    /** Roughly what tei_lite has: no drama, dictionaries, manuscripts… */
    public static final List<String> LITE = List.of("TEI", "teiHeader", "lg", "w");
}
