package org.teikit.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.saxon.s9api.XdmArray;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;

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
        if (node.isObject()) {
            Map<XdmAtomicValue, XdmValue> entries = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> entries.putIfAbsent(new XdmAtomicValue(f.getKey()), of(f.getValue())));
            return new XdmMap(entries);
        }
        if (node.isArray()) {
            XdmValue[] members = new XdmValue[node.size()];
            for (int i = 0; i < members.length; i++) members[i] = of(node.get(i));
            return new XdmArray(members);
        }
        if (node.isTextual()) return new XdmAtomicValue(xmlChars(node.textValue()));
        if (node.isNumber()) return new XdmAtomicValue(node.doubleValue());
        if (node.isBoolean()) return new XdmAtomicValue(node.booleanValue());
        return XdmEmptySequence.getInstance();
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
