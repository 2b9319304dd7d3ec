package org.teikit.io;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * SAX readers for XML teikit did not write: nothing outside the file is ever read or fetched
 * (no external DTD, no external entity), and entity expansion is bounded.
 *
 * <p>The JDK's own parser is used on purpose rather than whatever JAXP finds on the class path:
 * its security limits (entity expansions, total entity size) are the ones configured here.
 */
public final class SafeXml {
    /** More expansions than this is a bomb, not a document; real TEI uses a handful. */
    public static final int ENTITY_EXPANSION_LIMIT = 10_000;
    /** Characters all entities together may expand to (the JDK default is 50 million). */
    public static final int TOTAL_ENTITY_SIZE_LIMIT = 5_000_000;

    private static final String JDK_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/";
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
    private static final String DECL_HANDLER = "http://xml.org/sax/properties/declaration-handler";

    private SafeXml() { }

    /** A namespace-aware, non-validating reader that reads nothing but the document itself. */
    public static XMLReader newReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty(JDK_PROPERTY + "entityExpansionLimit", Integer.toString(ENTITY_EXPANSION_LIMIT));
            reader.setProperty(JDK_PROPERTY + "totalEntitySizeLimit", Integer.toString(TOTAL_ENTITY_SIZE_LIMIT));
            // Belt and braces: should the parser still ask for an external entity, it gets nothing.
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new java.io.StringReader("")));
            // Callers that collect findings set their own; everyone else gets exceptions, never stderr noise.
            reader.setErrorHandler(StrictErrorHandler.INSTANCE);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature teikit relies on", e);
        }
    }

    /** Sets the lexical and declaration handlers (comments, DOCTYPE, entity declarations). */
    public static void setExtendedHandlers(XMLReader reader, Object handler) {
        try {
            reader.setProperty(LEXICAL_HANDLER, handler);
            reader.setProperty(DECL_HANDLER, handler);
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK's XML parser does not report DOCTYPE declarations", e);
        }
    }
}
