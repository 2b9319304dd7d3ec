package org.teikit.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * teikit's stylesheets (under {@code xslt/}, packaged as {@code org/teikit/xslt/}), compiled once
 * per process. An {@link XsltExecutable} is thread-safe, so every file and thread reuses them.
 */
final class Stylesheets {
    static final String NS = "urn:teikit";
    private static final String BASE = "/org/teikit/xslt/";

    final Processor processor = new Processor(false);
    final XsltExecutable html;
    final XsltExecutable text;
    final XsltExecutable summary;
    final XsltExecutable site;
    /** The edition's style and script, inlined into every page. */
    final Map<QName, XdmValue> pageAssets;

    private Stylesheets() {
        TextLayoutFunctions.registerOn(processor);
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setURIResolver((href, base) -> resource(href));
        html = compile(compiler, "html.xsl");
        text = compile(compiler, "text.xsl");
        summary = compile(compiler, "summary.xsl");
        site = compile(compiler, "site.xsl");
        pageAssets = Map.of(
                new QName("css"), XdmValue.makeValue(read("edition.css")),
                new QName("js"), XdmValue.makeValue(read("edition.js")),
                new QName("version"), XdmValue.makeValue(org.teikit.Version.get()));
    }

    private static final class Holder {
        static final Stylesheets INSTANCE = new Stylesheets();
    }

    static Stylesheets get() {
        return Holder.INSTANCE;
    }

    static QName name(String local) {
        return new QName(NS, local);
    }

    private static XsltExecutable compile(XsltCompiler compiler, String file) {
        List<XmlProcessingError> errors = new ArrayList<>();
        compiler.setErrorList(errors);
        try {
            return compiler.compile(resource(file));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("teikit's stylesheet " + file + " does not compile: "
                    + errors.stream().map(x -> x.getLocation().getSystemId() + ":" + x.getLocation().getLineNumber()
                            + ": " + x.getMessage()).toList(), e);
        }
    }

    /** Includes are resolved among teikit's own stylesheets, never from the file system or network. */
    private static Source resource(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        URL url = Stylesheets.class.getResource(BASE + name);
        if (url == null) throw new IllegalStateException("teikit's stylesheet " + name + " is missing from the jar");
        try {
            return new StreamSource(url.openStream(), url.toExternalForm());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try (InputStream in = Stylesheets.class.getResourceAsStream(BASE + file)) {
            if (in == null) throw new IllegalStateException(file + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
