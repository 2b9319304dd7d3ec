package org.teikit.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.ParsingException;
import org.teikit.validate.Finding;
import org.teikit.validate.Severity;

/**
 * A self-check for tests: teikit's own, plus an error at the first element of the body (in
 * document order) of the given names, as a check that shows one fault at a time would; or an
 * error at the root, which no markup can be blamed for. Its findings carry the XPath teikit's
 * validator writes.
 */
final class FirstElementRejected {
    private FirstElementRejected() { }

    static Function<byte[], TextToTei.SelfCheck> inBody(String... names) {
        Set<String> wanted = Set.of(names);
        return bytes -> {
            TextToTei.SelfCheck real = TextToTei.SelfCheck.teikit(bytes);
            Element first = first(body(parse(bytes).getRootElement()), wanted);
            if (first == null) return real;
            String rule = "test-no-" + first.getLocalName().toLowerCase(java.util.Locale.ROOT);
            Finding f = new Finding("encoded.xml", 1, 1, Severity.ERROR, rule, "no " + first.getLocalName() + " wanted here",
                    xpath(first));
            List<Finding> errors = new java.util.ArrayList<>(real.errors());
            errors.add(f);
            return new TextToTei.SelfCheck(errors, real.warnings());
        };
    }

    /** An error at the document's root whatever it holds. */
    static Function<byte[], TextToTei.SelfCheck> always() {
        return bytes -> new TextToTei.SelfCheck(List.of(new Finding("encoded.xml", 1, 1, Severity.ERROR, "test-never",
                "never valid", "/TEI")), List.of());
    }

    private static Element body(Element tei) {
        return tei.getFirstChildElement("text", tei.getNamespaceURI()).getFirstChildElement("body", tei.getNamespaceURI());
    }

    private static Element first(Element e, Set<String> names) {
        if (names.contains(e.getLocalName())) return e;
        Elements children = e.getChildElements();
        for (int i = 0; i < children.size(); i++) {
            Element found = first(children.get(i), names);
            if (found != null) return found;
        }
        return null;
    }

    /** {@code /TEI/text[1]/body[1]/…}: local names, the position among same-named siblings after the root. */
    static String xpath(Element e) {
        Deque<String> steps = new ArrayDeque<>();
        for (Element x = e; x != null; x = x.getParent() instanceof Element p ? p : null) {
            if (!(x.getParent() instanceof Element parent)) {
                steps.push(x.getLocalName());
                continue;
            }
            Elements same = parent.getChildElements(x.getLocalName(), x.getNamespaceURI());
            int n = 1;
            while (same.get(n - 1) != x) n++;
            steps.push(x.getLocalName() + "[" + n + "]");
        }
        return "/" + String.join("/", steps);
    }

    private static Document parse(byte[] bytes) {
        try {
            return new Builder().build(new ByteArrayInputStream(bytes));
        } catch (ParsingException | IOException e) {
            throw new AssertionError(e);
        }
    }
}
