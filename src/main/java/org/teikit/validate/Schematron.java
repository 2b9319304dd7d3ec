package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltExecutable;
import org.jspecify.annotations.Nullable;
import org.teikit.io.SafeXml;

/**
 * Compiled Schematron rules (thread-safe). Runs on a document tree and turns the SVRL it
 * produces into findings with line, column and XPath.
 */
public final class Schematron {
    static final String SVRL_NS = "http://purl.oclc.org/dsdl/svrl";
    private static final Set<String> WARNING_ROLES = Set.of("warning", "warn", "info", "information", "nonfatal", "caution");
    private static final QName LOCATION = new QName("location");
    private static final QName ROLE = new QName("role");
    private static final QName ID = new QName("id");
    /** One step of an XPath 3.1 fn:path() result: {@code Q{uri}local[n]}, {@code @name}, {@code text()[n]}. */
    private static final Pattern STEP = Pattern.compile("/(@)?(?:Q\\{([^}]*)\\})?([^/\\[{]+)(?:\\[(\\d+)\\])?");

    private final SchemaSource source;
    private final XsltExecutable executable;

    Schematron(SchemaSource source, XsltExecutable executable) {
        this.source = source;
        this.executable = executable;
    }

    public SchemaSource source() {
        return source;
    }

    /** Parses {@code file} into a tree of its own and runs the rules on it: Schematron alone, as a Schematron tool would. */
    public List<Finding> runOn(java.nio.file.Path file) {
        XdmNode document;
        try {
            document = Saxon.documentBuilder().build(new javax.xml.transform.sax.SAXSource(SafeXml.newReader(),
                    new org.xml.sax.InputSource(file.toUri().toString())));
        } catch (SaxonApiException e) {
            return List.of(new Finding(file.toString(), 0, 0, Severity.ERROR, "xml-malformed", "the file could not be parsed: " + e.getMessage(), ""));
        }
        return run(document, file.toString());
    }

    /** Runs the rules on {@code document}; findings name {@code file}. */
    List<Finding> run(XdmNode document, String file) {
        XdmNode svrl;
        try {
            XdmDestination out = new XdmDestination();
            var t = executable.load30();
            Saxon.quiet(t);
            t.setGlobalContextItem(document);
            t.applyTemplates(document, out);
            svrl = out.getXdmNode();
        } catch (SaxonApiException e) {
            return List.of(new Finding(file, 0, 0, Severity.ERROR, "schematron-failed",
                    "the Schematron rules of " + source.name() + " could not run on this file: " + e.getMessage(), ""));
        }
        List<Finding> findings = new ArrayList<>();
        for (var it = svrl.axisIterator(Axis.DESCENDANT); it.hasNext(); ) {
            XdmNode n = it.next();
            if (n.getNodeKind() != XdmNodeKind.ELEMENT || !SVRL_NS.equals(n.getNodeName().getNamespaceUri().toString())) continue;
            String kind = n.getNodeName().getLocalName();
            if (kind.equals("failed-assert") || kind.equals("successful-report")) {
                findings.add(finding(document, n, file));
            } else if (kind.equals("error")) {
                findings.add(new Finding(file, 0, 0, Severity.ERROR, "schematron-failed",
                        "a Schematron rule of " + source.name() + " failed while running: " + n.getStringValue().strip(), ""));
            }
        }
        return findings;
    }

    private Finding finding(XdmNode document, XdmNode assertion, String file) {
        String role = assertion.getAttributeValue(ROLE);
        Severity severity = role != null && WARNING_ROLES.contains(role.strip().toLowerCase(Locale.ROOT))
                ? Severity.WARNING : Severity.ERROR;
        String id = assertion.getAttributeValue(ID);
        String ruleId = id == null || id.isBlank() ? "schematron" : id;
        String message = text(assertion);
        String location = assertion.getAttributeValue(LOCATION);
        XdmNode node = location == null ? null : locate(document, location);
        if (node == null) {
            return new Finding(file, 0, 0, severity, ruleId, message, location == null ? "" : location);
        }
        XdmNode element = node.getNodeKind() == XdmNodeKind.ELEMENT ? node : node.getParent();
        return new Finding(file, element.getLineNumber(), element.getColumnNumber(), severity, ruleId, message, XPaths.of(node));
    }

    private static String text(XdmNode assertion) {
        for (XdmNode child : assertion.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT && child.getNodeName().getLocalName().equals("text")) {
                return child.getStringValue().replaceAll("\\s+", " ").strip();
            }
        }
        return "a Schematron assertion failed";
    }

    /** The node an fn:path() expression names, or null when the path has steps teikit does not follow. */
    static @Nullable XdmNode locate(XdmNode document, String path) {
        XdmNode current = document;
        int at = 0;
        Matcher m = STEP.matcher(path);
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) return null;
            at = m.end();
            boolean attribute = m.group(1) != null;
            String uri = m.group(2) == null ? "" : m.group(2);
            String local = m.group(3);
            int index = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
            if (local.endsWith(")")) return current == document ? null : current;  // text(), comment(): the element will do
            XdmNode next = attribute ? attributeOf(current, uri, local) : child(current, uri, local, index);
            if (next == null) return null;
            current = next;
        }
        return current == document ? null : current;
    }

    private static @Nullable XdmNode child(XdmNode parent, String uri, String local, int index) {
        int seen = 0;
        for (XdmNode c : parent.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT && c.getNodeName().getLocalName().equals(local)
                    && c.getNodeName().getNamespaceUri().toString().equals(uri) && ++seen == index) {
                return c;
            }
        }
        return null;
    }

    private static @Nullable XdmNode attributeOf(XdmNode element, String uri, String local) {
        for (var it = element.axisIterator(Axis.ATTRIBUTE); it.hasNext(); ) {
            XdmNode a = it.next();
            if (a.getNodeName().getLocalName().equals(local) && a.getNodeName().getNamespaceUri().toString().equals(uri)) return a;
        }
        return null;
    }
}
