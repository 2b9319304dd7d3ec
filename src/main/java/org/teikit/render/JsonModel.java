package org.teikit.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.ma.arrays.SimpleArrayItem;
import net.sf.saxon.ma.map.DictionaryMap;
import net.sf.saxon.om.GroundedValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.value.BooleanValue;
import net.sf.saxon.value.DoubleValue;
import net.sf.saxon.value.EmptySequence;
import net.sf.saxon.value.StringValue;

/**
 * A site page's model as XPath maps and arrays, the value {@code parse-json} gives for its JSON:
 * objects as maps, arrays as arrays, numbers as doubles, null as the empty sequence, characters
 * XML does not allow as U+FFFD. Handed to the stylesheet ready, so that the registers' tens of
 * thousands of mentions are not written out as JSON and read back in by the stylesheet.
 */
final class JsonModel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonModel() { }

    /** The model of {@code value}: JSON text, or a record Jackson writes as a JSON object. */
    static XdmValue of(Object value) {
        if (value instanceof String json) {
            try {
                return of(JSON.readTree(json));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("a site page's model is not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return of(JSON.valueToTree(value));
    }

    static XdmValue of(JsonNode node) {
        return XdmValue.wrap(value(node));
    }

    /** Saxon's own map and array items, made as parse-json makes them (a map of default size: its keys come out in the same order when serialised). */
    private static GroundedValue value(JsonNode node) {
        if (node.isObject()) {
            DictionaryMap map = new DictionaryMap();
            node.fields().forEachRemaining(f -> {
                if (!map.containsStringKey(f.getKey())) map.initialPut(f.getKey(), value(f.getValue()));
            });
            return map;
        }
        if (node.isArray()) {
            List<GroundedValue> members = new ArrayList<>(node.size());
            for (JsonNode member : node) members.add(value(member));
            return new SimpleArrayItem(members);
        }
        if (node.isTextual()) return new StringValue(xmlChars(node.textValue()));
        if (node.isNumber()) return new DoubleValue(node.doubleValue());
        if (node.isBoolean()) return BooleanValue.get(node.booleanValue());
        return EmptySequence.getInstance();
    }

    /** {@code s} with each character XML 1.0 does not allow (lone surrogates too) as U+FFFD, as parse-json has it. */
    static String xmlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!allowed(s, i)) return replaced(s);
            if (Character.isHighSurrogate(s.charAt(i))) i++;
        }
        return s;
    }

    private static String replaced(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!allowed(s, i)) {
                out.append('\uFFFD');
            } else if (Character.isHighSurrogate(s.charAt(i))) {
                out.append(s, i, i + 2);
                i++;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return false;
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xFFFD);
    }
}
