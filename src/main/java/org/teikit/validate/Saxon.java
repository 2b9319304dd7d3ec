package org.teikit.validate;

import java.net.URI;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.io.SafeXml;
import org.xml.sax.InputSource;

/** The one Saxon processor validation uses; thread-safe, so shared by every schema and thread. */
final class Saxon {
    static final Processor PROCESSOR = create();

    private Saxon() { }

    private static Processor create() {
        Processor p = new Processor(false);
        // Schematron rules may call doc(): let them read local files, never the network.
        p.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
        return p;
    }

    /** A builder that records line and column numbers, so findings can say where. */
    static DocumentBuilder documentBuilder() {
        DocumentBuilder b = PROCESSOR.newDocumentBuilder();
        b.setLineNumbering(true);
        return b;
    }

    /**
     * An XSLT compiler that keeps quiet: warnings are dropped, errors go to {@code errors} so
     * the caller can report the first one as one clear line.
     */
    static net.sf.saxon.s9api.XsltCompiler quietCompiler(java.util.List<net.sf.saxon.s9api.XmlProcessingError> errors) {
        net.sf.saxon.s9api.XsltCompiler c = PROCESSOR.newXsltCompiler();
        c.setErrorReporter(e -> {
            if (!e.isWarning()) errors.add(e);
        });
        return c;
    }

    /** Silences xsl:message and runtime warnings; failures still arrive as exceptions. */
    static void quiet(net.sf.saxon.s9api.Xslt30Transformer t) {
        t.setMessageHandler(m -> { });
        t.setErrorReporter(e -> { });
    }

    /** Parses a schema or stylesheet with the safe reader (no external DTD or entity). */
    static XdmNode parse(URI location) throws SaxonApiException {
        return documentBuilder().build(new SAXSource(SafeXml.newReader(), new InputSource(location.toString())));
    }
}
