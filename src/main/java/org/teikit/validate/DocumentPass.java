package org.teikit.validate;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.jspecify.annotations.Nullable;
import org.teikit.TeikitException;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.LexicalHandler;

/**
 * One parse of one document, feeding every check at once: the RELAX NG grammars (Jing), the
 * tree the Schematron rules need (only when there are such rules), and teikit's own checks,
 * while keeping track of where each element is.
 *
 * <p>The schemas are chosen when the root element starts, after the prolog's
 * {@code <?xml-model?>} instructions have been seen; the events that came before are replayed
 * to them.
 */
final class DocumentPass extends DefaultHandler2 {
    /** Deeper than this, Schematron's recursive walk of the tree could exhaust the stack. */
    static final int SCHEMATRON_MAX_DEPTH = 2_000;

    private final Validator validator;
    private final String file;
    private final URI base;
    private final FindingSink notes;
    private final FindingSink grammarFindings;
    private final FindingSink checkFindings;
    private final ElementPath path = new ElementPath();
    private final List<XmlModel> declared = new ArrayList<>();
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private final Map<String, String> externalEntities = new HashMap<>();
    private final List<Check> checks;

    private Locator locator;
    private boolean rootSeen;
    private boolean fatal;
    private boolean starting;
    private Attributes currentAttributes;
    private final List<ContentHandler> downstream = new ArrayList<>();
    private final List<Grammar.Check> grammars = new ArrayList<>();
    private List<Schematron> schematrons = List.of();
    private BuildingContentHandler tree;

    /** A handler that takes every event and does nothing: what {@link #alsoTo} is when no one asked. */
    private static final DefaultHandler2 NO_ONE = new DefaultHandler2();

    /**
     * Also given every event of the parse as it comes (prolog, comments and the DOCTYPE's start
     * included): a tree the caller builds from this one parse rather than a second.
     */
    private final DefaultHandler2 alsoTo;

    DocumentPass(Validator validator, String file, URI base, @Nullable DefaultHandler2 alsoTo) {
        this.alsoTo = alsoTo == null ? NO_ONE : alsoTo;
        this.validator = validator;
        this.file = file;
        this.base = base;
        this.notes = new FindingSink(file);
        this.grammarFindings = new FindingSink(file);
        this.checkFindings = new FindingSink(file);
        this.checks = validator.settings().teikitChecks() && !validator.settings().grammarOnly() ? Check.teikitChecks() : List.of();
    }

    /** The parser's error handler: well-formedness errors end the document. */
    final ErrorHandler parserErrors = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            notes.add(Severity.WARNING, "xml-warning", e.getMessage(), e.getLineNumber(), e.getColumnNumber(), path.xpath());
        }

        @Override
        public void error(SAXParseException e) {
            ParserMessages.Rewritten r = ParserMessages.rewrite(e.getMessage(), rootSeen, path.open());
            notes.add(Severity.ERROR, r.ruleId(), r.message(), e.getLineNumber(), e.getColumnNumber(), path.xpath());
        }

        @Override
        public void fatalError(SAXParseException e) {
            if (fatal) return;
            fatal = true;
            error(e);
        }
    };

    // ---------------------------------------------------------------- prolog and schema choice

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        alsoTo.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        alsoTo.startDocument();
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        alsoTo.processingInstruction(target, data);
        if (!rootSeen) {
            if (target.equals("xml-model")) {
                XmlModel model = XmlModel.parse(data, line(), column());
                if (model != null) declared.add(model);
            }
            return;
        }
        for (ContentHandler h : downstream) h.processingInstruction(target, data);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        alsoTo.startPrefixMapping(prefix, uri);
        if (!rootSeen) {
            pendingPrefixes.add(new String[] {prefix, uri});
            return;
        }
        for (ContentHandler h : downstream) h.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        alsoTo.endPrefixMapping(prefix);
        for (ContentHandler h : downstream) h.endPrefixMapping(prefix);
    }

    private void chooseSchemas(String rootNamespace, String rootName) throws SAXException {
        Settings settings = validator.settings();
        List<Schema> schemas = settings.selection().select(declared, base, new SchemaSelection.Root(rootNamespace, rootName), notes);
        List<Schematron> rules = new ArrayList<>();
        for (Schema s : schemas) {
            s.grammar().ifPresent(g -> grammars.add(validator.checkFor(g)));
            if (!settings.grammarOnly()) addRules(s, rules);
        }
        if (!settings.grammarOnly()) {
            for (Schema s : settings.extraRules()) addRules(s, rules);
        }
        boolean named = grammars.size() > 1;
        for (Grammar.Check check : grammars) downstream.add(check.begin(grammarErrors(check.grammar(), named)));
        if (!rules.isEmpty()) {
            schematrons = rules;
            try {
                DocumentBuilder builder = Saxon.documentBuilder();
                if (base != null) builder.setBaseURI(base);
                tree = builder.newBuildingContentHandler();
            } catch (SaxonApiException e) {
                throw new SAXException(e);
            }
            downstream.add(tree);
        }
        for (ContentHandler h : downstream) {
            if (locator != null) h.setDocumentLocator(locator);
            h.startDocument();
            for (String[] p : pendingPrefixes) h.startPrefixMapping(p[0], p[1]);
        }
        pendingPrefixes.clear();
    }

    private void addRules(Schema schema, List<Schematron> rules) {
        try {
            schema.rules().ifPresent(rules::add);
        } catch (org.teikit.TeikitException e) {
            notes.add(Severity.ERROR, "schema-invalid", "the Schematron rules of " + schema.source().name()
                    + " cannot be used: " + e.getMessage(), 0, 0, "");
        }
    }

    private ErrorHandler grammarErrors(Grammar grammar, boolean named) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                report(Severity.WARNING, e);
            }

            @Override
            public void error(SAXParseException e) {
                report(Severity.ERROR, e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                report(Severity.ERROR, e);
            }

            private void report(Severity severity, SAXParseException e) {
                ElementPath.Frame here = path.current();
                boolean aboutContainer = starting && e.getMessage() != null && e.getMessage().startsWith("text not allowed");
                ElementPath.Frame element = aboutContainer && here != null ? here.parent : here;
                String parent = element == null || element.parent == null ? null : element.parent.local;
                Attributes attributes = starting && !aboutContainer ? currentAttributes : null;
                GrammarMessages.Rewritten r = GrammarMessages.rewrite(e.getMessage(), new GrammarMessages.Context(
                        element == null ? null : element.local, parent,
                        name -> attributes == null ? null : attributeValue(attributes, name)));
                String xpath = element == null ? "" : element.xpath() + (r.attribute() == null ? "" : "/@" + r.attribute());
                String message = named ? r.message() + " (schema " + grammar.source().name() + ")" : r.message();
                grammarFindings.add(severity, r.ruleId(), message, e.getLineNumber(), e.getColumnNumber(), xpath);
            }
        };
    }

    private static String attributeValue(Attributes attributes, String qName) {
        String v = attributes.getValue(qName);
        if (v == null && qName.startsWith("xml:")) v = attributes.getValue(UniqueIdCheck.XML_NS, qName.substring(4));
        return v;
    }

    // ---------------------------------------------------------------- the document

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!rootSeen) {
            rootSeen = true;
            chooseSchemas(uri, localName);
        }
        alsoTo.startElement(uri, localName, qName, attributes);
        ElementPath.Frame frame = path.push(uri, localName, line(), column());
        starting = true;
        currentAttributes = attributes;
        try {
            for (ContentHandler h : downstream) h.startElement(uri, localName, qName, attributes);
        } finally {
            starting = false;
            currentAttributes = null;
        }
        for (Check c : checks) c.start(frame, attributes, checkFindings);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        alsoTo.endElement(uri, localName, qName);
        for (ContentHandler h : downstream) h.endElement(uri, localName, qName);
        ElementPath.Frame frame = path.current();
        for (Check c : checks) c.end(frame, checkFindings);
        path.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        alsoTo.characters(ch, start, length);
        path.text(ch, start, length);
        for (ContentHandler h : downstream) h.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        alsoTo.ignorableWhitespace(ch, start, length);
        for (ContentHandler h : downstream) h.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void endDocument() throws SAXException {
        alsoTo.endDocument();
        for (ContentHandler h : downstream) h.endDocument();
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        alsoTo.comment(ch, start, length);
        if (tree instanceof LexicalHandler lexical && rootSeen) lexical.comment(ch, start, length);
    }

    // ---------------------------------------------------------------- DTDs and entities: reported, never read

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        alsoTo.startDTD(name, publicId, systemId);
        if (systemId != null) {
            notes.add(Severity.WARNING, "xml-external-dtd", "the DOCTYPE refers to the external DTD \"" + systemId
                    + "\", which teikit does not read: entities and default attributes declared there are not applied", line(), column(), "");
        }
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) {
        if (name.startsWith("%")) return;
        externalEntities.put(name, systemId);
        notes.add(Severity.WARNING, "xml-external-entity", "the DOCTYPE declares the entity &" + name + "; as the external file or URL \""
                + systemId + "\"; teikit never reads external entities", line(), column(), "");
    }

    @Override
    public void skippedEntity(String name) {
        if (name.startsWith("%")) return;
        String systemId = externalEntities.get(name);
        String message = systemId != null
                ? "&" + name + "; was not expanded: it refers to \"" + systemId + "\", and teikit never reads external files or URLs; put its text in the document"
                : "&" + name + "; is not declared in this file (perhaps in an external DTD, which teikit does not read); write the character itself or a numeric reference";
        notes.add(Severity.ERROR, systemId != null ? "xml-external-entity" : "xml-entity-undeclared", message, line(), column(), path.xpath());
    }

    @Override
    public org.xml.sax.InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
        return new org.xml.sax.InputSource(new java.io.StringReader(""));
    }

    // ---------------------------------------------------------------- after the parse

    /** Runs what needs the complete document; call once the parse has ended, however it ended. */
    List<Finding> finish() {
        List<Finding> out = new ArrayList<>(notes.findings());
        List<Finding> fromChecks = checkFindings.findings();
        if (!fatal) {
            for (Check c : checks) c.finish(checkFindings);
            out.addAll(schematronFindings());
        }
        out.addAll(Overlaps.withoutRestated(grammarFindings.findings(), fromChecks));
        out.addAll(fromChecks);
        return out;
    }

    private List<Finding> schematronFindings() {
        if (tree == null || schematrons.isEmpty()) return List.of();
        if (path.maxDepth() > SCHEMATRON_MAX_DEPTH) {
            return List.of(new Finding(file, 0, 0, Severity.WARNING, "schematron-skipped", "elements are nested " + path.maxDepth()
                    + " deep, deeper than the " + SCHEMATRON_MAX_DEPTH + " levels Schematron rules can walk safely; they were not run", ""));
        }
        XdmNode document;
        try {
            document = tree.getDocumentNode();
        } catch (SaxonApiException e) {
            return List.of(new Finding(file, 0, 0, Severity.ERROR, "schematron-failed",
                    "the document tree for the Schematron rules could not be built: " + e.getMessage(), ""));
        }
        List<Finding> out = new ArrayList<>();
        try {
            for (Schematron s : schematrons) out.addAll(s.run(document, file));
        } catch (StackOverflowError e) {
            out.add(new Finding(file, 0, 0, Severity.WARNING, "schematron-skipped",
                    "the document is nested too deeply for the Schematron rules to walk; they were not run", ""));
        }
        return out;
    }

    boolean hadFatalError() {
        return fatal;
    }

    void reset() {
        for (Grammar.Check g : grammars) g.reset();
    }

    /** A finding for a failure outside the parser's own reporting (an I/O error mid-file, a bug). */
    void failed(String ruleId, String message) {
        fatal = true;
        notes.add(Severity.ERROR, ruleId, message, line(), column(), path.xpath());
    }

    private int line() {
        return locator == null ? 0 : locator.getLineNumber();
    }

    private int column() {
        return locator == null ? 0 : locator.getColumnNumber();
    }
}
