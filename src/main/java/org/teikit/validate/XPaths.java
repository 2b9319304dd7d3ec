package org.teikit.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The XPath a finding points at: {@code /TEI/text[1]/body[1]/div[2]/p[3]}. TEI elements (and
 * elements in no namespace) by local name, others as {@code Q{uri}name}; the root without an
 * index, every other step with its position among same-named siblings; {@code /@name} for an
 * attribute.
 */
final class XPaths {
    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private XPaths() { }

    static String name(String uri, String local) {
        return uri == null || uri.isEmpty() || uri.equals(TEI_NS) ? local : "Q{" + uri + "}" + local;
    }

    static String attribute(String uri, String local) {
        return "/@" + (uri == null || uri.isEmpty() ? local
                : uri.equals("http://www.w3.org/XML/1998/namespace") ? "xml:" + local : "Q{" + uri + "}" + local);
    }

    /** The path of an element or attribute of a Saxon tree. */
    static String of(XdmNode node) {
        String suffix = "";
        XdmNode element = node;
        if (node.getNodeKind() == XdmNodeKind.ATTRIBUTE) {
            suffix = attribute(node.getNodeName().getNamespaceUri().toString(), node.getNodeName().getLocalName());
            element = node.getParent();
        } else if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
            element = node.getParent();
        }
        Deque<String> steps = new ArrayDeque<>();
        for (XdmNode e = element; e != null && e.getNodeKind() == XdmNodeKind.ELEMENT; e = e.getParent()) {
            String step = name(e.getNodeName().getNamespaceUri().toString(), e.getNodeName().getLocalName());
            XdmNode parent = e.getParent();
            if (parent != null && parent.getNodeKind() == XdmNodeKind.ELEMENT) {
                int index = 1;
                for (var it = e.axisIterator(Axis.PRECEDING_SIBLING); it.hasNext(); ) {
                    XdmNode s = it.next();
                    if (s.getNodeKind() == XdmNodeKind.ELEMENT && s.getNodeName().equals(e.getNodeName())) index++;
                }
                step += "[" + index + "]";
            }
            steps.push(step);
        }
        return steps.isEmpty() ? "" : "/" + String.join("/", steps) + suffix;
    }
}
