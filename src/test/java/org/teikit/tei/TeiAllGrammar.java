package org.teikit.tei;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import org.teikit.SharedFiles;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Stock Jing against the official tei_all.rng, as a reference the encoder's output must satisfy. */
final class TeiAllGrammar {
    private TeiAllGrammar() { }

    /** Jing's complaints about {@code xml}, or "" when it is valid; skips the test without ../shared. */
    static String errors(byte[] xml) throws Exception {
        Path rng = SharedFiles.require("tei/tei_all.rng");
        StringWriter out = new StringWriter();
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { out.append(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage() + "\n"); }
            @Override public void fatalError(SAXParseException e) { error(e); }
        });
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        driver.loadSchema(ValidationDriver.fileInputSource(rng.toFile()));
        InputSource in = new InputSource(new ByteArrayInputStream(xml));
        in.setSystemId("encoded.xml");
        driver.validate(in);
        return out.toString();
    }
}
