package org.teikit.tei;

import java.util.Set;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Nodes;
import nu.xom.Text;
import nu.xom.XPathContext;

/**
 * The text of a TEI body as transmitted: every text node in order, without what the editor
 * added ({@code corr}, {@code expan}, {@code reg}), with square brackets around whatever the
 * source bracketed ({@code rend="brackets"}). Its non-whitespace characters must equal those
 * of the source body — the lossless invariant.
 */
public final class DiplomaticText {
    private static final Set<String> EDITORS_ADDITIONS = Set.of("corr", "expan", "reg");
    private static final XPathContext TEI = new XPathContext("tei", Tei.NS);

    private DiplomaticText() { }

    /** The diplomatic text of the document's {@code text/body}, or "" when it has none. */
    public static String ofBody(nu.xom.Document doc) {
        return of(doc, "/tei:TEI/tei:text/tei:body");
    }

    /** The diplomatic text of the document's {@code teiHeader}, or "" when it has none. */
    public static String ofHeader(nu.xom.Document doc) {
        return of(doc, "/tei:TEI/tei:teiHeader");
    }

    private static String of(nu.xom.Document doc, String xpath) {
        Nodes found = doc.query(xpath, TEI);
        if (found.size() == 0) return "";
        StringBuilder sb = new StringBuilder();
        append((Element) found.get(0), sb);
        return sb.toString();
    }

    private static void append(Element e, StringBuilder sb) {
        if (Tei.NS.equals(e.getNamespaceURI()) && EDITORS_ADDITIONS.contains(e.getLocalName())) return;
        boolean brackets = "brackets".equals(e.getAttributeValue("rend"));
        if (brackets) sb.append('[');
        for (int i = 0; i < e.getChildCount(); i++) {
            Node child = e.getChild(i);
            if (child instanceof Text t) {
                sb.append(t.getValue());
            } else if (child instanceof Element ce) {
                append(ce, sb);
            }
        }
        if (brackets) sb.append(']');
    }

    /** The characters that count for losslessness: everything but whitespace. */
    public static String nonWhitespace(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
