package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * {@code pointer-unresolved}: every {@code #id} in a pointing attribute names an xml:id of the
 * same file. Pointers are collected as they stream past and resolved at the end, since a
 * pointer may come before its target.
 */
final class PointerCheck implements Check {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** TEI attributes whose values are pointers (teidata.pointer); the first five are the ones editors use most. */
    static final Set<String> POINTING = Set.of("ref", "corresp", "target", "resp", "who",
            "ana", "hand", "sameAs", "copyOf", "prev", "next", "source", "facs", "wit", "synch");

    /** The element is kept, not its XPath: most pointers resolve, and an XPath costs the depth to build. */
    private record Pointer(String attribute, String value, String id, ElementPath.Frame element) { }

    private final UniqueIdCheck ids;
    private final List<Pointer> pointers = new ArrayList<>();

    PointerCheck(UniqueIdCheck ids) {
        this.ids = ids;
    }

    @Override
    public void start(ElementPath.Frame element, Attributes attributes, FindingSink out) {
        if (!element.isTei()) return;
        for (int i = 0; i < attributes.getLength(); i++) {
            if (!attributes.getURI(i).isEmpty() || !POINTING.contains(attributes.getLocalName(i))) continue;
            String value = attributes.getValue(i);
            if (value.indexOf('#') < 0) continue;
            for (String token : SPACES.split(value.strip())) {
                if (token.length() > 1 && token.charAt(0) == '#') {
                    pointers.add(new Pointer(attributes.getLocalName(i), value, token.substring(1), element));
                }
            }
        }
    }

    @Override
    public void finish(FindingSink out) {
        for (Pointer p : pointers) {
            if (ids.has(p.id)) continue;
            out.add(Severity.ERROR, "pointer-unresolved", "@" + p.attribute + "=\"" + p.value.strip() + "\" points at #" + p.id
                    + ", but no element in this file has xml:id=\"" + p.id + "\"",
                    p.element.line, p.element.column, p.element.xpath() + "/@" + p.attribute);
        }
    }
}
