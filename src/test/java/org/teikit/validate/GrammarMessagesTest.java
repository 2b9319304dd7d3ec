package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jing's messages as an editor reads them. */
class GrammarMessagesTest {
    private static GrammarMessages.Rewritten rewrite(String jing, String element, String parent, Map<String, String> attributes) {
        return GrammarMessages.rewrite(jing, new GrammarMessages.Context(element, parent, attributes::get));
    }

    @Test
    void anElementOutOfPlaceNamesItsParentAndWhatWasExpected() {
        var r = rewrite("element \"p\" not allowed here; expected element \"item\"", "p", "list", Map.of());
        assertEquals("rng-element-not-allowed", r.ruleId());
        assertEquals("<p> is not allowed here inside <list>; expected <item>", r.message());
    }

    @Test
    void longListsOfAlternativesAreShortened() {
        var r = rewrite("element \"foo\" not allowed anywhere; expected the element end-tag or element \"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\" or \"j\"",
                "foo", "div", Map.of());
        assertEquals("<foo> is not an element this schema knows (inside <div>); expected the end of <div>, <a>, <b>, <c>, <d>, <e>, <f>, <g>, <h> or 2 other elements",
                r.message());
    }

    @Test
    void theRootInTheWrongNamespaceSaysWhichNamespaceToDeclare() {
        var r = rewrite("element \"TEI\" not allowed here; expected element \"TEI\" or \"teiCorpus\" (with xmlns=\"http://www.tei-c.org/ns/1.0\")",
                "TEI", null, Map.of());
        assertEquals("rng-namespace", r.ruleId());
        assertEquals("<TEI> is in no namespace, but the schema expects it in namespace http://www.tei-c.org/ns/1.0: "
                + "declare it on the root element, <TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", r.message());
    }

    @Test
    void prefixedExpectedNamesLoseTheirPrefixes() {
        var r = rewrite("element \"html\" not allowed here; expected element \"ns:TEI\" or \"ns:teiCorpus\" (with xmlns:ns=\"http://www.tei-c.org/ns/1.0\")",
                "html", null, Map.of());
        assertEquals("rng-root", r.ruleId());
        assertEquals("<html> is not allowed as the root element; expected <TEI> or <teiCorpus>", r.message());
    }

    @Test
    void aBadAttributeValueQuotesTheValueAndTheChoices() {
        var r = rewrite("value of attribute \"reason\" is invalid; must be equal to \"damage\", \"illegible\" or \"omitted\"",
                "gap", "p", Map.of("reason", "lost"));
        assertEquals("rng-attribute-value", r.ruleId());
        assertEquals("reason", r.attribute());
        assertEquals("@reason=\"lost\" is not a valid value on <gap>: it must be one of \"damage\", \"illegible\" or \"omitted\"", r.message());
    }

    @Test
    void datatypeRequirementsComeWithExamples() {
        var r = rewrite("value of attribute \"when\" is invalid; must be an ISO date, must be an ISO year and month, must be a year or must be an ISO date and time",
                "date", "p", Map.of("when", "May 1976"));
        assertEquals("@when=\"May 1976\" is not a valid value on <date>: it must be a date (1976-05-13), a year and month (1976-05), "
                + "a year (1976) or a date and time (1976-05-13T14:30:00)", r.message());
    }

    @Test
    void missingPiecesAreNamed() {
        assertEquals("<titleStmt> is incomplete: it still needs <title>",
                rewrite("element \"titleStmt\" incomplete; missing required element \"title\"", "titleStmt", "fileDesc", Map.of()).message());
        assertEquals("<div> needs @type",
                rewrite("element \"div\" missing required attribute \"type\"", "div", "body", Map.of()).message());
        assertEquals("@foo is not allowed on <date>; it takes @cert or @resp",
                rewrite("attribute \"foo\" not allowed here; expected attribute \"cert\" or \"resp\"", "date", "p", Map.of()).message());
    }

    @Test
    void anUnknownMessagePassesThroughUnchanged() {
        var r = rewrite("something new from a future Jing", "p", "div", Map.of());
        assertEquals("rng", r.ruleId());
        assertEquals("something new from a future Jing", r.message());
    }
}
