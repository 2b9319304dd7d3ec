package org.teikit.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.InputException;
import org.teikit.TeikitException;
import org.teikit.io.SafeXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Compiles a project's customisation stylesheet, which imports one of teikit's entry stylesheets
 * and overrides what it needs. Its imports resolve as follows: {@code teikit:NAME.xsl} is teikit's
 * own copy in the jar; a relative or {@code file:} href is the project's file on disk, read safely
 * (no DTD, no external entity); nothing is fetched from the network.
 */
final class CustomizationCompiler {
    /** The URI scheme naming teikit's own stylesheets: {@code teikit:html.xsl}. */
    static final String SCHEME = "teikit:";

    /**
     * A compiled customisation.
     *
     * @param format which of teikit's views it customises: the one whose entry stylesheet it imports
     */
    record Compiled(XsltExecutable executable, Format format) { }

    private CustomizationCompiler() { }

    /** @throws TeikitException naming FILE:LINE:COL when the stylesheet does not compile or imports no entry stylesheet */
    static Compiled compile(Processor processor, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), "no such stylesheet", "give --customization an XSLT file");
        }
        Imports imports = new Imports();
        List<XmlProcessingError> errors = new ArrayList<>();
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setURIResolver(imports);
        compiler.setErrorList(errors);
        XsltExecutable exe;
        try {
            exe = compiler.compile(safeSource(file.toAbsolutePath().toUri().toString()));
        } catch (SaxonApiException e) {
            throw failure(file, errors, e);
        }
        return new Compiled(exe, imports.format(file));
    }

    private static InputException failure(Path file, List<XmlProcessingError> errors, SaxonApiException e) {
        // A file that is not well-formed XML: the parser's own location and message.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException p) {
                InputException te = new InputException(p.getSystemId() == null ? file.toString() : shown(p.getSystemId(), file),
                        Math.max(p.getLineNumber(), 0), Math.max(p.getColumnNumber(), 0), "the stylesheet is not well-formed XML: " + p.getMessage(), null);
                te.initCause(e);
                return te;
            }
        }
        XmlProcessingError first = errors.stream().filter(x -> !x.isWarning()).findFirst().orElse(null);
        if (first == null || first.getLocation() == null) {
            return new InputException(file.toString(), "the stylesheet does not compile: " + e.getMessage(), null, e);
        }
        var where = first.getLocation();
        String module = where.getSystemId();
        String shown = module == null ? file.toString() : shown(module, file);
        InputException te = new InputException(shown, Math.max(where.getLineNumber(), 0), Math.max(where.getColumnNumber(), 0),
                "the stylesheet does not compile: " + first.getMessage(), null);
        te.initCause(e);
        return te;
    }

    /** How an error's module is named: the file as the user gave it, a module on disk by its path, teikit's own by its teikit: name. */
    private static String shown(String module, Path file) {
        if (Stylesheets.isOwn(module)) return SCHEME + module.substring(module.lastIndexOf('/') + 1);
        try {
            URI uri = new URI(module);
            if (!"file".equals(uri.getScheme())) return module;
            Path p = Path.of(uri);
            return p.normalize().equals(file.toAbsolutePath().normalize()) ? file.toString() : p.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return module;
        }
    }

    private static Source safeSource(String uri) {
        return new SAXSource(SafeXml.newReader(), new InputSource(uri));
    }

    /** Resolves the imports and includes, and notes which of teikit's entry stylesheets are among them. */
    private static final class Imports implements URIResolver {
        private final Set<String> entries = new TreeSet<>();

        @Override
        public Source resolve(String href, String base) throws TransformerException {
            if (href.startsWith(SCHEME)) return own(href.substring(SCHEME.length()));
            // teikit's own stylesheets include one another by relative hrefs.
            if (Stylesheets.isOwn(base)) return own(href);
            URI uri;
            try {
                uri = base == null ? new URI(href) : new URI(base).resolve(new URI(href));
            } catch (URISyntaxException e) {
                throw new TransformerException("not a stylesheet address: " + href);
            }
            if (!"file".equals(uri.getScheme())) {
                throw new TransformerException("teikit reads stylesheets from its jar (" + SCHEME + "html.xsl) and from disk only, not " + uri);
            }
            // A copy of teikit's stylesheets on disk, imported by a relative href, counts as teikit's.
            noteEntry(Path.of(uri).getFileName().toString());
            return safeSource(uri.toString());
        }

        private Source own(String name) throws TransformerException {
            if (name.contains("/") || Stylesheets.class.getResource("/org/teikit/xslt/" + name) == null) {
                throw new TransformerException("teikit has no stylesheet " + SCHEME + name + " (its entry stylesheets: "
                        + SCHEME + Stylesheets.HTML + ", " + SCHEME + Stylesheets.TEXT + ")");
            }
            noteEntry(name);
            return Stylesheets.resource(name);
        }

        private void noteEntry(String name) {
            if (name.equals(Stylesheets.HTML) || name.equals(Stylesheets.TEXT)) entries.add(name);
        }

        Format format(Path file) {
            if (entries.size() == 1) return entries.contains(Stylesheets.HTML) ? Format.HTML : Format.TEXT;
            String hint = "add <xsl:import href=\"" + SCHEME + Stylesheets.HTML + "\"/> (or " + SCHEME + Stylesheets.TEXT
                    + ") as its first import";
            throw new InputException(file.toString(), entries.isEmpty()
                    ? "the stylesheet imports neither of teikit's " + Stylesheets.HTML + " and " + Stylesheets.TEXT
                    : "the stylesheet imports both " + Stylesheets.HTML + " and " + Stylesheets.TEXT + "; a customisation changes one of them",
                    entries.isEmpty() ? hint : "give each view its own customisation");
        }
    }
}
