package org.teikit.validate;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.jspecify.annotations.Nullable;
import org.teikit.InputException;

/**
 * ISO Schematron to a compiled XSLT validation stylesheet, through SchXslt2 on Saxon: prepare
 * (extract what a RELAX NG grammar embeds, give every assertion an id), transpile, compile.
 */
final class SchematronCompiler {
    private static final String SCHXSLT_NS = "http://dmaus.name/ns/2023/schxslt";

    private final XsltExecutable prepare;
    private final XsltExecutable transpile;

    private SchematronCompiler() {
        this.prepare = compileResource(SchematronCompiler.class.getResource("prepare-schematron.xsl"), false);
        this.transpile = compileResource(SchematronCompiler.class.getResource("/content/transpile.xsl"), true);
    }

    private static final class Holder {
        static final SchematronCompiler INSTANCE = new SchematronCompiler();
    }

    static SchematronCompiler instance() {
        return Holder.INSTANCE;
    }

    /**
     * The compiled rules of {@code source}: a Schematron file, or the Schematron embedded in a
     * RELAX NG schema. Null when a RELAX NG schema embeds none. A stylesheet in {@code cache}
     * spares SchXslt2 (and loading it) altogether.
     */
    static @Nullable Schematron compile(SchemaSource source, SchematronCache cache) {
        java.util.Optional<String> key = cache.key(source);
        if (key.isPresent()) {
            java.util.Optional<String> kept = cache.get(key.get());
            if (kept.isPresent()) {
                if (kept.get().equals(SchematronCache.NONE)) return null;
                java.util.Optional<XsltExecutable> exe = cache.compile(kept.get(), source);
                if (exe.isPresent()) return new Schematron(source, exe.get());
            }
        }
        XdmNode stylesheet = instance().transpile(source);
        key.ifPresent(k -> cache.put(k, stylesheet));
        if (stylesheet == null) return null;
        List<XmlProcessingError> errors = new ArrayList<>();
        try {
            return new Schematron(source, Saxon.quietCompiler(errors).compile(stylesheet.asSource()));
        } catch (SaxonApiException e) {
            String detail = errors.isEmpty() ? e.getMessage() : errors.get(0).getMessage();
            throw new InputException(source.name(), "the Schematron rules do not compile: " + detail
                    + " (an XPath in a rule, assert or let is wrong)", "fix the schema, or leave it out");
        }
    }

    /** SchXslt2's validation stylesheet for {@code source}; null when a RELAX NG schema embeds no Schematron. */
    @Nullable XdmNode transpile(SchemaSource source) {
        try {
            XdmNode document = Saxon.parse(source.location());
            XdmNode schema = transform(prepare, document);
            if (source.isEmbeddedSchematron() && !hasPatterns(schema)) return null;
            return transform(transpile, schema);
        } catch (SaxonApiException e) {
            org.xml.sax.SAXParseException xml = parseError(e);
            if (xml != null) {
                throw new InputException(source.name(), xml.getLineNumber(), xml.getColumnNumber(),
                        "the Schematron schema is not well-formed XML: " + xml.getMessage(), "fix the schema, or leave it out");
            }
            throw new InputException(source.name(), e.getLineNumber() > 0 ? e.getLineNumber() : 0, 0,
                    "the Schematron schema could not be read: " + e.getMessage(), "fix the schema, or leave it out");
        }
    }

    /** The parser's own report inside Saxon's, which has the exact line and column. */
    private static org.xml.sax.@Nullable SAXParseException parseError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException p) return p;
        }
        return null;
    }

    private static boolean hasPatterns(XdmNode schema) {
        return schema.select(net.sf.saxon.s9api.streams.Steps.descendant(
                n -> n.getNodeName() != null && n.getNodeName().getLocalName().equals("pattern"))).exists();
    }

    private static XdmNode transform(XsltExecutable exe, XdmNode input) throws SaxonApiException {
        XdmDestination out = new XdmDestination();
        var t = exe.load30();
        Saxon.quiet(t);
        t.setGlobalContextItem(input);
        t.applyTemplates(input, out);
        return out.getXdmNode();
    }

    private static XsltExecutable compileResource(URL url, boolean schxslt) {
        if (url == null) throw new IllegalStateException("a Schematron stylesheet is missing from the jar");
        try {
            XsltCompiler compiler = Saxon.quietCompiler(new ArrayList<>());
            if (schxslt) {
                // Only failed assertions and successful reports interest us; the rest is bulk.
                for (String p : new String[] {"report-active-pattern", "report-fired-rule", "report-suppressed-rule"}) {
                    compiler.setParameter(new QName(SCHXSLT_NS, p), new XdmAtomicValue(false));
                }
                compiler.setParameter(new QName(SCHXSLT_NS, "terminate-validation-on-error"), new XdmAtomicValue(false));
            }
            return compiler.compile(new javax.xml.transform.stream.StreamSource(url.openStream(), url.toString()));
        } catch (SaxonApiException | java.io.IOException e) {
            throw new IllegalStateException("teikit's Schematron stylesheets do not compile", e);
        }
    }
}
