package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words around each mention that a corpus summary keeps for the registers: whitespace collapsed, kept at the edges. */
class SummaryContextTest {

    private static String summaryOf(String body) {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
                + "<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>"
                + "<standOff><listPerson><person xml:id='p1'><persName>Kim</persName></person>"
                + "<person xml:id='p2'><persName>Lee</persName></person></listPerson>"
                + "<listPlace><place xml:id='pl1'><placeName>Ghana</placeName></place></listPlace>"
                + "<listOrg><org xml:id='o1'><orgName>Embassy of Ghana</orgName></org></listOrg></standOff>"
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

    /** text → "before|after" of each mention. */
    private static Map<String, String> contexts(String json) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (var m : new ObjectMapper().readTree(json).get("mentions")) {
            out.put(m.get("text").asText(), m.get("before").asText() + "|" + m.get("after").asText());
        }
        return out;
    }

    @Test
    void eachMentionOfABlockHasItsOwnContextWithoutTheOthersMarks() throws Exception {
        String json = summaryOf("<p>Talks of <persName ref='#p1'>Kim</persName> and <persName ref='#p2'>Lee</persName> today.</p>");
        assertEquals(Map.of("Kim", "Talks of | and Lee today.", "Lee", "Talks of Kim and | today."), contexts(json));
    }

    @Test
    void aMentionInsideAnotherHasTheWordsAroundItself() throws Exception {
        String json = summaryOf("<p>The <orgName ref='#o1'>Embassy of <placeName ref='#pl1'>Ghana</placeName></orgName> wrote.</p>");
        assertEquals(Map.of("Embassy of Ghana", "The | wrote.", "Ghana", "The Embassy of | wrote."), contexts(json));
    }
}
