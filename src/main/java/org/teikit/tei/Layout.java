package org.teikit.tei;

import java.util.Set;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Text;

/**
 * Indents the document's structure for human readers. Only elements that hold other elements
 * and never running text are indented: whitespace added inside a paragraph or a name would
 * change the text.
 */
final class Layout {
    private static final Set<String> STRUCTURAL = Set.of(
            "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "publicationStmt", "availability",
            "sourceDesc", "bibl", "msDesc", "msIdentifier", "encodingDesc", "editorialDecl", "appInfo",
            "application", "profileDesc", "creation", "abstract", "langUsage", "standOff", "listPerson",
            "person", "listPlace", "place", "listOrg", "org", "text", "body", "back", "div", "opener",
            "closer", "list", "postscript");

    private Layout() { }

    static void indent(Document doc) {
        indent(doc.getRootElement(), 0);
    }

    private static void indent(Element e, int depth) {
        if (!STRUCTURAL.contains(e.getLocalName()) || hasText(e)) return;
        int n = e.getChildCount();
        if (n == 0) return;
        String inner = "\n" + "  ".repeat(depth + 1);
        for (int i = n - 1; i >= 0; i--) {
            Node child = e.getChild(i);
            if (child instanceof Element ce) indent(ce, depth + 1);
            e.insertChild(new Text(inner), i);
        }
        e.appendChild(new Text("\n" + "  ".repeat(depth)));
    }

    private static boolean hasText(Element e) {
        for (int i = 0; i < e.getChildCount(); i++) {
            if (e.getChild(i) instanceof Text t && !t.getValue().isBlank()) return true;
        }
        return false;
    }
}
