package org.teikit.tei;

import nu.xom.Attribute;
import nu.xom.Element;

/** Element and attribute construction in the TEI namespace. */
final class Tei {
    static final String NS = "http://www.tei-c.org/ns/1.0";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** The pointer every machine-made element carries in {@code @resp}. */
    static final String RESP = "#teikit";

    private Tei() { }

    static Element el(String name) {
        return new Element(name, NS);
    }

    static Element el(String name, String text) {
        Element e = el(name);
        e.appendChild(text);
        return e;
    }

    /** Appends a new child element and returns it. */
    static Element add(Element parent, String name) {
        Element e = el(name);
        parent.appendChild(e);
        return e;
    }

    static Element add(Element parent, String name, String text) {
        Element e = el(name, text);
        parent.appendChild(e);
        return e;
    }

    /** Sets an attribute unless the value is null. */
    static Element attr(Element e, String name, String value) {
        if (value != null) e.addAttribute(new Attribute(name, value));
        return e;
    }

    static Element xmlId(Element e, String id) {
        e.addAttribute(new Attribute("xml:id", XML_NS, id));
        return e;
    }

    static Element xmlLang(Element e, String lang) {
        e.addAttribute(new Attribute("xml:lang", XML_NS, lang));
        return e;
    }
}
