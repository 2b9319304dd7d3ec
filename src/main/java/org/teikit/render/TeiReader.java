package org.teikit.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teikit.InputException;
import org.teikit.io.StrictErrorHandler;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads a user's TEI file into a Saxon tree, safely.
 *
 * <p>No DTD or external entity is ever fetched (a DOCTYPE pointing at a file or URL is read as if
 * it were empty), entity expansion and nesting depth are bounded, and any well-formedness error
 * becomes a {@link org.teikit.InputException} with the file, line and column. Processing instructions such
 * as {@code xml-stylesheet} are kept in the tree but nothing acts on them.
 */
public final class TeiReader {
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    /** Far deeper than any real TEI, shallow enough that no stylesheet runs out of stack. */
    static final int MAX_DEPTH = 2000;
    static final int MAX_ENTITY_EXPANSIONS = 10_000;
    static final int MAX_ENTITY_CHARACTERS = 1_000_000;

    private static final String JDK = "http://www.oracle.com/xml/jaxp/properties/";

    private final Processor processor;
    private final SAXParserFactory factory;

    TeiReader(Processor processor) {
        this.processor = processor;
        this.factory = safeFactory();
    }

    /** Reads a TEI file; refuses files that are not XML or whose root is not TEI or teiCorpus. */
    public XdmNode read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toAbsolutePath().toUri().toString());
            return requireTei(parse(source, name), name);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file", "check the path");
        } catch (IOException e) {
            throw new InputException(name, "cannot read the file: " + e.getMessage(), "check that it is a readable file", e);
        }
    }

    /**
     * A tree of {@code file} built from the events of a parse someone else makes of it anyway (a
     * validator's), so that the file is parsed once: {@link Tee#tree()} is what {@link #read(Path)}
     * would return, or null where this reader would read the file otherwise (a DOCTYPE, whose
     * entities it bounds more tightly; nesting beyond its limit; a parse that failed or did not
     * end), and the caller reads the file with {@link #read(Path)}, which reports what is wrong.
     */
    public Tee tee(Path file) {
        return new Tee(file);
    }

    /** The handler to give the other parse; it never throws, so that parse goes on whatever happens here. */
    public final class Tee extends DefaultHandler2 {
        private final Path file;
        private final String systemId;
        private BuildingContentHandler tree;
        private int depth;
        private boolean ended;
        private boolean unusable;

        private Tee(Path file) {
            this.file = file;
            this.systemId = file.toAbsolutePath().toUri().toString();
            try {
                DocumentBuilder builder = processor.newDocumentBuilder();
                builder.setBaseURI(URI.create(systemId));
                tree = builder.newBuildingContentHandler();
            } catch (SaxonApiException | IllegalArgumentException e) {
                unusable = true;
            }
        }

        /** The document as {@link #read(Path)} would read it; null when it must be read by {@link #read(Path)}. */
        public @Nullable XdmNode tree() {
            if (unusable || !ended) return null;
            try {
                return requireTei(tree.getDocumentNode(), file.toString());
            } catch (SaxonApiException e) {
                return null;
            }
        }

        /** Passes an event on, or gives up on the tree (never the parse) when it fails. */
        private void pass(SaxStep step) {
            if (unusable) return;
            try {
                step.run();
            } catch (SAXException | RuntimeException e) {
                unusable = true;
            }
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            // Line numbers as the parse has them, the file named as read(Path) names it.
            pass(() -> tree.setDocumentLocator(new Locator() {
                public String getPublicId() {
                    return locator.getPublicId();
                }

                public String getSystemId() {
                    return systemId;
                }

                public int getLineNumber() {
                    return locator.getLineNumber();
                }

                public int getColumnNumber() {
                    return locator.getColumnNumber();
                }
            }));
        }

        @Override
        public void startDocument() {
            pass(tree::startDocument);
        }

        @Override
        public void endDocument() {
            pass(tree::endDocument);
            ended = true;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            pass(() -> tree.startPrefixMapping(prefix, uri));
        }

        @Override
        public void endPrefixMapping(String prefix) {
            pass(() -> tree.endPrefixMapping(prefix));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (++depth > MAX_DEPTH) unusable = true;
            pass(() -> tree.startElement(uri, localName, qName, attributes));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            pass(() -> tree.endElement(uri, localName, qName));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            pass(() -> tree.characters(ch, start, length));
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            pass(() -> tree.ignorableWhitespace(ch, start, length));
        }

        @Override
        public void processingInstruction(String target, String data) {
            pass(() -> tree.processingInstruction(target, data));
        }

        /** read(Path) keeps no comments: neither does this tree. */
        @Override
        public void comment(char[] ch, int start, int length) {
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) {
            unusable = true;
        }
    }

    private interface SaxStep {
        void run() throws SAXException;
    }

    /** Reads TEI held in a string; {@code name} is what error messages call it. */
    public XdmNode read(String xml, String name) {
        InputSource source = new InputSource(new StringReader(xml));
        return requireTei(parse(source, name), name);
    }

    private XdmNode parse(InputSource source, String name) {
        try {
            DocumentBuilder builder = processor.newDocumentBuilder();
            if (source.getSystemId() != null) builder.setBaseURI(URI.create(source.getSystemId()));
            BuildingContentHandler tree = builder.newBuildingContentHandler();
            XMLReader reader = newReader();
            reader.setContentHandler(tree);
            reader.setErrorHandler(StrictErrorHandler.INSTANCE);
            // Whatever external entity or DTD the document names, it is read as empty text.
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.parse(source);
            return tree.getDocumentNode();
        } catch (SAXParseException e) {
            throw new InputException(name, e.getLineNumber(), e.getColumnNumber(),
                    "not well-formed XML: " + plain(e.getMessage()),
                    "fix the XML at this place; teikit renders well-formed TEI only");
        } catch (SAXException | SaxonApiException | ParserConfigurationException e) {
            throw new InputException(name, "cannot parse the XML: " + plain(e.getMessage()), "check that the file is XML", e);
        } catch (IOException e) {
            throw new InputException(name, "cannot read the file: " + e.getMessage(), "check that it is a readable file", e);
        }
    }

    private static XdmNode requireTei(XdmNode document, String name) {
        XdmNode root = null;
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) root = child;
        }
        if (root == null) {
            throw new InputException(name, "the document has no root element", "give a TEI file");
        }
        String local = root.getNodeName().getLocalName();
        String ns = root.getNodeName().getNamespace();
        boolean teiName = local.equals("TEI") || local.equals("teiCorpus");
        if (teiName && TEI_NS.equals(ns)) return document;
        if (teiName) {
            throw new InputException(name, "the root element " + local + " is not in the TEI namespace"
                    + (ns.isEmpty() ? "" : " but in " + ns),
                    "declare xmlns=\"" + TEI_NS + "\" on the root element");
        }
        throw new InputException(name, "not a TEI document: the root element is " + local,
                "give a TEI P5 file whose root is TEI or teiCorpus");
    }

    /** Parser messages name JDK property keys; the user needs only the sentence. */
    private static String plain(String message) {
        if (message == null) return "unknown error";
        return message.replaceFirst("^JAXP\\d+: ", "").replaceAll("\\s+", " ").trim();
    }

    private static SAXParserFactory safeFactory() {
        // The JDK's own parser, whatever else is on the class path: its limits are the ones set here.
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            // Probe once that the limits are understood, so a parser without them fails here, loudly.
            XMLReader probe = f.newSAXParser().getXMLReader();
            limit(probe);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety setting teikit needs", e);
        }
        return f;
    }

    /** JAXP factories are not promised to be thread-safe; the readers they make are used by one thread. */
    private synchronized XMLReader newReader() throws ParserConfigurationException, SAXException {
        XMLReader reader = factory.newSAXParser().getXMLReader();
        limit(reader);
        return reader;
    }

    private static void limit(XMLReader reader) throws SAXException {
        reader.setProperty(JDK + "entityExpansionLimit", String.valueOf(MAX_ENTITY_EXPANSIONS));
        reader.setProperty(JDK + "totalEntitySizeLimit", String.valueOf(MAX_ENTITY_CHARACTERS));
        reader.setProperty(JDK + "maxGeneralEntitySizeLimit", String.valueOf(MAX_ENTITY_CHARACTERS));
        reader.setProperty(JDK + "maxParameterEntitySizeLimit", String.valueOf(MAX_ENTITY_CHARACTERS));
        reader.setProperty(JDK + "maxElementDepth", String.valueOf(MAX_DEPTH));
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }
}
