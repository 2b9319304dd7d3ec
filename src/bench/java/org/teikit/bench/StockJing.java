package org.teikit.bench;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.prop.rng.RngProperty;
import java.io.IOException;
import java.nio.file.Path;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Jing as its own command line runs it ({@code java -jar jing.jar}, i.e.
 * {@code com.thaiopensource.relaxng.util.Driver}): a ValidationDriver with ID/IDREF checks on,
 * the schema loaded once, files validated one after another, parsed by the JDK's XML parser
 * (the one jing.jar gets, since its class path holds no other). The reference teikit's speed and
 * verdicts are measured against. Not thread-safe.
 */
public final class StockJing {
    private final ValidationDriver driver;

    public StockJing(Path schema) throws IOException, SAXException {
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { }
            @Override public void fatalError(SAXParseException e) { }
        });
        RngProperty.CHECK_ID_IDREF.add(props);
        props.put(ValidateProperty.XML_READER_CREATOR, StockJing::jdkReader);
        driver = new ValidationDriver(props.toPropertyMap(), (SchemaReader) null);
        if (!driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))) {
            throw new IllegalArgumentException("Jing cannot load " + schema);
        }
    }

    /** The JDK's own SAX parser, set up as Jing sets up whatever JAXP gives it. */
    static org.xml.sax.XMLReader jdkReader() throws SAXException {
        try {
            javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            return factory.newSAXParser().getXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** The system property that gives a JVM running Jing's command line the same parser. */
    static final String JDK_PARSER_PROPERTY =
            "-Djavax.xml.parsers.SAXParserFactory=com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl";

    /** Jing's verdict on one file. */
    public boolean isValid(Path file) throws IOException, SAXException {
        return driver.validate(ValidationDriver.fileInputSource(file.toFile()));
    }
}
