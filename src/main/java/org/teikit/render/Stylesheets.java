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
 * teikit's stylesheets (under {@code xslt/}, packaged as {@code org/teikit/xslt/}), each compiled
 * once per process when first asked for: compiling one costs a few hundred milliseconds, and most
 * runs need one or two of the four (a one-file {@code render --to text} only the text view). An
 * {@link XsltExecutable} is thread-safe, so every file and thread reuses them.
 * {@code html.xsl} makes the document pages and a corpus site's index and register pages alike.
 */
final class Stylesheets {
    static final String NS = "urn:teikit";
    private static final String BASE = "/org/teikit/xslt/";
    /** The entry stylesheets a project may customise. */
    static final String HTML = "html.xsl";
    static final String TEXT = "text.xsl";
    private static final String OWN_PREFIX = ownPrefix();

    final Processor processor = new Processor(false);
    private final Lazy html = new Lazy(HTML);
    private final Lazy text = new Lazy(TEXT);
    private final Lazy summary = new Lazy("summary.xsl");
    /** The edition's style and script, inlined into every page. */
    final Map<QName, XdmValue> pageAssets;

    private Stylesheets() {
        TextLayoutFunctions.registerOn(processor);
        processor.registerExtensionFunction(new SearchWords.Function());
        pageAssets = Map.of(
                new QName("css"), XdmValue.makeValue(read("edition.css")),
                new QName("js"), XdmValue.makeValue(read("edition.js")),
                new QName("version"), XdmValue.makeValue(org.teikit.Version.get()));
    }

    XsltExecutable html() {
        return html.get();
    }

    XsltExecutable text() {
        return text.get();
    }

    XsltExecutable summary() {
        return summary.get();
    }

    /**
     * Starts compiling the stylesheets a corpus site uses on a thread of its own, in the order a
     * build needs them: each takes a few tenths of a second, and the workers of a build would
     * otherwise wait for each where they first need it (one compiling, the others idle), while
     * here they check their first documents meanwhile. A failure is not reported here: the worker
     * that needs the stylesheet compiles it again and reports it.
     */
    void compileInBackground() {
        Thread t = new Thread(() -> {
            for (Lazy sheet : List.of(summary, html, text)) {
                try {
                    sheet.get();
                } catch (RuntimeException e) {
                    // Reported by the worker that needs it.
                }
            }
        }, "teikit-compile");
        t.setDaemon(true);
        t.start();
    }

    /** One stylesheet, compiled once, on first use; stylesheets compile in parallel, each with a compiler of its own (a compiler is not thread-safe). */
    private final class Lazy {
        private final String file;
        private volatile XsltExecutable compiled;

        Lazy(String file) {
            this.file = file;
        }

        XsltExecutable get() {
            XsltExecutable c = compiled;
            if (c != null) return c;
            synchronized (this) {
                if (compiled == null) compiled = compile(newCompiler(), file);
                return compiled;
            }
        }
    }

    private XsltCompiler newCompiler() {
        XsltCompiler c = processor.newXsltCompiler();
        c.setURIResolver((href, base) -> resource(href));
        return c;
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
    static Source resource(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        URL url = Stylesheets.class.getResource(BASE + name);
        if (url == null) throw new IllegalStateException("teikit's stylesheet " + name + " is missing from the jar");
        try {
            return new StreamSource(url.openStream(), url.toExternalForm());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a stylesheet's URI is one of teikit's own, inside the jar (or the class folder). */
    static boolean isOwn(String uri) {
        return uri != null && uri.startsWith(OWN_PREFIX);
    }

    /** The URI teikit's own stylesheets have, up to their file name. */
    private static String ownPrefix() {
        URL html = Stylesheets.class.getResource(BASE + HTML);
        if (html == null) throw new IllegalStateException("teikit's stylesheet " + HTML + " is missing from the jar");
        String uri = html.toExternalForm();
        return uri.substring(0, uri.length() - HTML.length());
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
