package org.teikit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import org.junit.jupiter.api.Test;

class JsonModelTest {
    private static final Processor SAXON = new Processor(false);

    /** Whether the model of {@code json} is what the stylesheet's own parse-json would give. */
    private static boolean sameAsParseJson(String json) throws SaxonApiException {
        XPathCompiler c = SAXON.newXPathCompiler();
        c.declareVariable(new QName("json"));
        c.declareVariable(new QName("model"));
        // Alike when serialised too: pages embed parts of the model as JSON, keys in the same order.
        XPathSelector s = c.compile("deep-equal(parse-json($json), $model) and serialize(parse-json($json), map{'method': 'json'})"
                + " eq serialize($model, map{'method': 'json'})").load();
        s.setVariable(new QName("json"), new XdmAtomicValue(json));
        s.setVariable(new QName("model"), JsonModel.of(json));
        return s.effectiveBooleanValue();
    }

    @Test
    void objectsArraysNumbersBooleansAndNullAreWhatParseJsonGives() throws SaxonApiException {
        for (String json : List.of("{}", "{\"a\":[1,2.5,-3e2],\"b\":{\"c\":true,\"d\":null},\"e\":\"x\\\"y\\u00e9\"}",
                "[[],{},\"\",0,false]", "{\"title\":\"T\",\"date\":\"1510\",\"iso\":\"1510\",\"sort\":\"1510\",\"summary\":\"\",\"authors\":[\"A\"],\"names\":[]}", "{\"part\":0,\"parts\":[],\"entries\":[{\"name\":\"K\\u00f6nig\",\"total\":12}]}")) {
            assertTrue(sameAsParseJson(json), json);
        }
    }

    @Test
    void charactersXmlDoesNotAllowBecomeTheReplacementCharacter() throws SaxonApiException {
        String json = "{\"t\":\"a\\u0001b\\ud800c\\ud83d\\ude00\"}";
        assertTrue(sameAsParseJson(json));
        assertEquals("a\uFFFDb\uFFFDc\uD83D\uDE00", JsonModel.xmlChars("a\u0001b\uD800c\uD83D\uDE00"));
    }

    @Test
    void aRecordIsItsJson() throws SaxonApiException {
        SiteModel.Part part = new SiteModel.Part("persons-1.html", "Abel", "Kant");
        XdmValue model = JsonModel.of(part);
        XPathCompiler c = SAXON.newXPathCompiler();
        c.declareVariable(new QName("m"));
        XPathSelector s = c.compile("$m?page || '|' || $m?first || '|' || $m?last").load();
        s.setVariable(new QName("m"), model);
        assertEquals("persons-1.html|Abel|Kant", s.evaluateSingle().getStringValue());
    }
}
