package org.teikit.validate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.teikit.io.SafeXml;

/**
 * The XML parser's well-formedness messages in an editor's words. A truncated file says which
 * elements were left open; a file that is not XML says so.
 */
final class ParserMessages {
    record Rewritten(String ruleId, String message) { }

    private ParserMessages() { }

    static Rewritten rewrite(String parserMessage, boolean rootSeen, List<ElementPath.Frame> open) {
        String m = parserMessage == null ? "" : parserMessage.replaceFirst("^JAXP\\d+:\\s*", "").strip();
        if (m.contains("entity expansions") || m.contains("totalEntitySizeLimit") || m.contains("maxGeneralEntitySizeLimit")
                || m.contains("accumulated size of entities")) {
            return new Rewritten("xml-entity-limit", "the document expands its entities beyond teikit's limit ("
                    + String.format(Locale.ROOT, "%,d", SafeXml.ENTITY_EXPANSION_LIMIT) + " expansions, "
                    + String.format(Locale.ROOT, "%,d", SafeXml.TOTAL_ENTITY_SIZE_LIMIT)
                    + " characters); this looks like an entity-expansion bomb, so teikit stopped reading it");
        }
        if (m.startsWith("Content is not allowed in prolog")) {
            return new Rewritten("xml-not-xml", "this is not XML: it does not start with an XML declaration or an element (is it the right file?)");
        }
        if (m.startsWith("Premature end of file") || m.startsWith("XML document structures must start and end within the same entity")) {
            if (!rootSeen) {
                return new Rewritten("xml-no-element", "the file holds no XML element: it is empty, or only whitespace, comments or a declaration");
            }
            if (!open.isEmpty()) {
                return new Rewritten("xml-truncated", "the file ends in the middle of the document (truncated?): "
                        + describeOpen(open) + " never closed");
            }
        }
        if (m.startsWith("Invalid byte") || m.contains("UTF-8 sequence")) {
            return new Rewritten("xml-encoding", "the file is not in the encoding its XML declaration states (" + trimPeriod(m)
                    + "): save it as UTF-8, or declare its real encoding in <?xml version=\"1.0\" encoding=\"...\"?>");
        }
        return new Rewritten("xml-malformed", "the file is not well-formed XML: " + trimPeriod(m));
    }

    private static String describeOpen(List<ElementPath.Frame> open) {
        int shown = Math.min(open.size(), 3);
        List<ElementPath.Frame> innermost = open.subList(open.size() - shown, open.size());
        String list = innermost.stream().map(f -> "<" + f.local + "> (opened at line " + f.line + ")")
                .collect(Collectors.joining(", "));
        int more = open.size() - shown;
        return (more > 0 ? list + " and " + more + " enclosing elements are" : list + (shown == 1 ? " is" : " are"));
    }

    private static String trimPeriod(String m) {
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
