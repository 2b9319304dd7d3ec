package org.teikit.validate;

import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;

/** {@code id-unique}: an xml:id names one element only. */
final class UniqueIdCheck implements Check {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Map<String, Integer> firstLine = new HashMap<>();

    @Override
    public void start(ElementPath.Frame element, Attributes attributes, FindingSink out) {
        String id = attributes.getValue(XML_NS, "id");
        if (id == null) return;
        id = id.strip();
        Integer first = firstLine.putIfAbsent(id, element.line);
        if (first != null) {
            out.add(Severity.ERROR, "id-unique", "xml:id \"" + id + "\" is already used by an element at line " + first
                    + "; every xml:id must name one element only", element.line, element.column, element.xpath() + "/@xml:id");
        }
    }

    /** Whether an xml:id was seen; the pointer check asks once the document is complete. */
    boolean has(String id) {
        return firstLine.containsKey(id);
    }
}
