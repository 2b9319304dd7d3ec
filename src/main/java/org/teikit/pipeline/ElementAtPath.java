package org.teikit.pipeline;

import java.util.ArrayList;
import java.util.List;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The element of a XOM document that a finding's XPath names
 * ({@code /TEI/text[1]/body[1]/div[1]/p[3]/orgName[2]/@ref}): TEI elements by local name and
 * position among same-named siblings, an attribute step standing for its element. Only the
 * paths teikit's validator writes are read; anything else finds nothing.
 */
final class ElementAtPath {
    private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private ElementAtPath() { }

    /** The element, or {@code null} when the path is empty or leaves the document. */
    static @Nullable Element find(Document doc, String xpath) {
        List<String> steps = steps(xpath);
        if (steps.isEmpty()) return null;
        Element e = doc.getRootElement();
        if (!isStep(e, steps.get(0))) return null;
        for (String step : steps.subList(1, steps.size())) {
            if (step.startsWith("@")) break;
            e = child(e, step);
            if (e == null) return null;
        }
        return e;
    }

    /** The steps of the path; a "/" inside the braces of a {@code Q{uri}name} does not split it. */
    private static List<String> steps(String xpath) {
        List<String> out = new ArrayList<>();
        if (xpath == null || !xpath.startsWith("/")) return out;
        StringBuilder step = new StringBuilder();
        boolean inBraces = false;
        for (int i = 1; i < xpath.length(); i++) {
            char c = xpath.charAt(i);
            if (c == '{') inBraces = true;
            if (c == '}') inBraces = false;
            if (c == '/' && !inBraces) {
                out.add(step.toString());
                step.setLength(0);
            } else {
                step.append(c);
            }
        }
        out.add(step.toString());
        return out;
    }

    private static boolean isStep(Element e, String step) {
        return TEI_NS.equals(e.getNamespaceURI()) && e.getLocalName().equals(step);
    }

    /** The {@code name[n]} child: the n-th TEI child of that name, or {@code null}. */
    private static @Nullable Element child(Element parent, String step) {
        int open = step.indexOf('[');
        if (open < 0 || !step.endsWith("]") || step.startsWith("Q{")) return null;
        int n;
        try {
            n = Integer.parseInt(step.substring(open + 1, step.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
        Elements children = parent.getChildElements(step.substring(0, open), TEI_NS);
        return n >= 1 && n <= children.size() ? children.get(n - 1) : null;
    }
}
