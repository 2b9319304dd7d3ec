package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The words around each mention that a corpus summary keeps for the registers: whitespace collapsed, kept at the edges. */
class SummaryContextTest {

    private static String summaryOf(String body) {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
                + "<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>"
                + "<standOff><listPerson><person xml:id='p1'><persName>Kim</persName></person></listPerson></standOff>"
                + "<text><body>" + body + "</body></text></TEI>";
        return CorpusSite.summary(Renderer.get().reader().read(tei, "summary-context.xml"));
    }

    private static void assertHas(String json, String part) {
        assertTrue(json.contains(part), () -> "no " + part + " in " + json);
    }

    @Test
    void runsOfWhitespaceBecomeOneSpaceAndTheEdgesKeepTheirs() {
        String json = summaryOf("<p>  Talks\twith\n\n<persName ref='#p1'>Kim</persName>,<lb/>then \t more \n</p>");
        assertHas(json, "\"before\":\" Talks with \"");
        assertHas(json, "\"after\":\", then more \"");
    }

    @Test
    void nothingOrOnlyWhitespaceBesideAMention() {
        String json = summaryOf("<p><persName ref='#p1'>Kim</persName>\n\t </p>");
        assertHas(json, "\"before\":\"\"");
        assertHas(json, "\"after\":\" \"");
    }

    @Test
    void longContextIsCutAtAWordNextToTheMention() {
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        String json = summaryOf("<p>" + words + "  <persName ref='#p1'>Kim</persName>  " + words + "</p>");
        assertHas(json, "\"before\":\"… four five six seven eight nine ten eleven twelve thirteen fourteen \"");
        assertHas(json, "\"after\":\" one two three four five six seven eight nine ten eleven twelve …\"");
    }
}
