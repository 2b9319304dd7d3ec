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
 * Jing as its own command line runs it ({@code com.thaiopensource.relaxng.util.Driver}): a
 * ValidationDriver with ID/IDREF checks on, the schema loaded once, files validated one after
 * another. The reference teikit's speed and verdicts are measured against. Not thread-safe.
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
        driver = new ValidationDriver(props.toPropertyMap(), (SchemaReader) null);
        if (!driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))) {
            throw new IllegalArgumentException("Jing cannot load " + schema);
        }
    }

    /** Jing's verdict on one file. */
    public boolean isValid(Path file) throws IOException, SAXException {
        return driver.validate(ValidationDriver.fileInputSource(file.toFile()));
    }
}
