package org.teikit.render;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.jspecify.annotations.Nullable;
import org.teikit.InputException;
import org.teikit.TeikitBug;
import org.teikit.TeikitException;
import org.teikit.batch.Batch;

/**
 * Renders TEI documents to the HTML reading edition and to the plain-text view.
 *
 * <p>One instance serves the whole process ({@link #get()}): the stylesheets are compiled once and
 * every method may be called from any number of threads at once.
 *
 * <pre>{@code
 * Renderer r = Renderer.get();
 * XdmNode tei = r.read(Path.of("letter.xml"));
 * String page = r.render(tei, RenderOptions.html());
 * String text = r.render(tei, RenderOptions.text().withReading(Reading.DIPLOMATIC).withWidth(60));
 * }</pre>
 *
 * <p>A project's own stylesheet and parameter values make another renderer, as thread-safe as this
 * one: {@link #customized(Customization)}.
 */
public final class Renderer {
    private final Stylesheets sheets;
    private final TeiReader reader;
    /** The stylesheets pages and text views are made with: teikit's (compiled when first used), or a customisation of one. */
    private final Supplier<XsltExecutable> html;
    private final Supplier<XsltExecutable> text;
    /** The project's parameter values each of them declares. */
    private final Map<QName, XdmValue> htmlParams;
    private final Map<QName, XdmValue> textParams;
    private final Customization customization;
    /** The view the customisation's stylesheet replaces, or null. */
    private final @Nullable Format customized;

    private Renderer(Stylesheets sheets) {
        this(sheets, new TeiReader(sheets.processor), sheets::html, sheets::text, Map.of(), Map.of(), Customization.NONE, null);
    }

    private Renderer(Stylesheets sheets, TeiReader reader, Supplier<XsltExecutable> html, Supplier<XsltExecutable> text,
                     Map<QName, XdmValue> htmlParams, Map<QName, XdmValue> textParams, Customization customization, @Nullable Format customized) {
        this.sheets = sheets;
        this.reader = reader;
        this.html = html;
        this.text = text;
        this.htmlParams = htmlParams;
        this.textParams = textParams;
        this.customization = customization;
        this.customized = customized;
    }

    private static final class Holder {
        static final Renderer INSTANCE = new Renderer(Stylesheets.get());
    }

    /** The process's renderer; the first call compiles the stylesheets. */
    public static Renderer get() {
        return Holder.INSTANCE;
    }

    /**
     * Starts compiling teikit's stylesheets for a corpus site (summaries, pages, text views) in the
     * background, so that they are ready when the first document needs them. For a run about to
     * render many documents on several threads; a customisation's stylesheet is compiled already.
     */
    public void compileInBackground() {
        sheets.compileInBackground();
    }

    /**
     * teikit's stylesheets with a project's changes: its stylesheet (compiled here, once) replaces
     * the entry stylesheet it imports, {@code html.xsl} (document pages and a corpus site's index
     * and registers) or {@code text.xsl}; its parameter values go to every stylesheet declaring
     * them. Replaces, not adds to, any customisation of this renderer. The lossless text view
     * ({@link TextView}) is teikit's own whatever the customisation.
     *
     * @throws TeikitException when the stylesheet does not compile (naming FILE:LINE:COL) or imports
     *         neither entry stylesheet, or when a parameter is not declared, is one teikit sets itself,
     *         or has a value its declared type cannot take
     */
    public Renderer customized(Customization c) {
        Supplier<XsltExecutable> h = sheets::html;
        Supplier<XsltExecutable> t = sheets::text;
        Format replaced = null;
        if (c.stylesheet() != null) {
            CustomizationCompiler.Compiled compiled = CustomizationCompiler.compile(sheets.processor, c.stylesheet());
            replaced = compiled.format();
            if (replaced == Format.HTML) h = compiled::executable; else t = compiled::executable;
        }
        if (c.params().isEmpty()) return new Renderer(sheets, reader, h, t, Map.of(), Map.of(), c, replaced);
        // Checking the values needs both views' stylesheets, teikit's compiled here if not yet.
        Map<String, XsltExecutable> named = new LinkedHashMap<>();
        named.put(sheetName(Format.HTML, c, replaced), h.get());
        named.put(sheetName(Format.TEXT, c, replaced), t.get());
        Map<String, Map<QName, XdmValue>> values = ParameterValues.check(c.params(), named);
        return new Renderer(sheets, reader, h, t, values.get(sheetName(Format.HTML, c, replaced)),
                values.get(sheetName(Format.TEXT, c, replaced)), c, replaced);
    }

    /**
     * Checks that this renderer's customisation serves a run that renders to {@code format} alone:
     * its stylesheet customises that view, and that view's stylesheet declares every parameter given.
     *
     * @throws TeikitException saying which does not fit
     */
    public void requireFits(Format format) {
        if (customized != null && customized != format) {
            throw new InputException(customization.stylesheet().toString(), "the stylesheet customises " + entry(customized)
                    + ", which makes " + customized.extension() + " files, not " + format.extension(),
                    "import " + CustomizationCompiler.SCHEME + entry(format) + " for that");
        }
        if (customization.params().isEmpty()) return;
        ParameterValues.requireDeclared(customization.params(), sheetName(format, customization, customized),
                (format == Format.HTML ? html : text).get());
    }

    /** The project's changes this renderer was made with ({@link Customization#NONE} for teikit's own). */
    public Customization customization() {
        return customization;
    }

    private static String entry(Format f) {
        return f == Format.HTML ? Stylesheets.HTML : Stylesheets.TEXT;
    }

    /** A stylesheet as the user knows it: their own file where it replaces teikit's (never two of one name). */
    private static String sheetName(Format f, Customization c, @Nullable Format replaced) {
        return f == replaced ? c.stylesheet().getFileName() + " (importing " + entry(f) + ")" : entry(f);
    }

    /** Reads a TEI file safely (see {@link TeiReader}). */
    public XdmNode read(Path tei) {
        return reader.read(tei);
    }

    /** A document built with XOM, as the encoder builds it. */
    public XdmNode read(nu.xom.Document tei) {
        return reader.read(tei.toXML(), tei.getBaseURI() == null || tei.getBaseURI().isEmpty() ? "document" : tei.getBaseURI());
    }

    public TeiReader reader() {
        return reader;
    }

    public String render(XdmNode tei, RenderOptions options) {
        return switch (options.format()) {
            case HTML -> html(tei, options.reading());
            case TEXT -> text(tei, options.reading(), options.width(), true);
        };
    }

    /** The reading edition as one self-contained page, opening in the given reading. */
    public String html(XdmNode tei, Reading reading) {
        return page(tei, reading, false, Neighbours.NONE, Validity.OK, null);
    }

    /**
     * The text view: header block, the text in one reading wrapped at {@code width}, endnotes.
     *
     * @param header false leaves out the header block; true leaves it to the stylesheet's parameter
     *               {@code header} (true, unless a customisation says otherwise)
     */
    public String text(XdmNode tei, Reading reading, int width, boolean header) {
        Map<QName, XdmValue> params = new HashMap<>(textParams);
        params.put(new QName("reading"), new XdmAtomicValue(reading.id()));
        params.put(new QName("width"), new XdmAtomicValue(width));
        if (!header) params.put(new QName("header"), new XdmAtomicValue(false));
        return transform(text.get(), params, null, tei);
    }

    /** The lossless view of the body (see {@link TextView#diplomaticBody(XdmNode)}). */
    String diplomaticBody(XdmNode tei) {
        return transform(sheets.text(), Map.of(), Stylesheets.name("diplomatic-body"), tei);
    }

    /** A document page of a corpus site: links go to the registers and to the neighbours by date. */
    String sitePage(XdmNode tei, Reading reading, Neighbours neighbours, Validity validity, XdmNode register) {
        return page(tei, reading, true, neighbours, validity, register);
    }

    /**
     * What a corpus keeps of a document, as JSON (see {@code xslt/summary.xsl}).
     *
     * @param register a register file its names may point into, or null
     */
    String summaryJson(XdmNode tei, @Nullable XdmNode register) {
        return transform(sheets.summary(), register == null ? Map.of() : Map.of(new QName("register-file"), register), null, tei);
    }

    /** The index page ({@code kind} null) or a register page of a corpus site, of its model (a {@link SiteModel} record, or its JSON). */
    String sitePage(Object model, String kind) {
        Map<QName, XdmValue> params = new HashMap<>(htmlParams);
        params.putAll(sheets.pageAssets);
        params.put(new QName("data"), new XdmAtomicValue(model instanceof String json ? json : CorpusSite.json(model)));
        params.put(new QName("data-model"), JsonModel.of(model));
        params.put(new QName("site"), new XdmAtomicValue(true));
        Xslt30Transformer t = transformer(html.get(), params);
        StringWriter out = new StringWriter();
        try {
            if (kind == null) {
                t.callTemplate(Stylesheets.name("index"), t.newSerializer(out));
            } else {
                t.setInitialTemplateParameters(Map.of(new QName("kind"), new XdmAtomicValue(kind)), false);
                t.callTemplate(Stylesheets.name("register"), t.newSerializer(out));
            }
        } catch (SaxonApiException e) {
            throw failure(kind == null ? "index.html" : kind, e);
        }
        return out.toString();
    }

    private String page(XdmNode tei, Reading reading, boolean site, Neighbours neighbours, Validity validity, XdmNode register) {
        Map<QName, XdmValue> params = new HashMap<>(htmlParams);
        params.putAll(sheets.pageAssets);
        params.put(new QName("reading"), new XdmAtomicValue(reading.id()));
        params.put(new QName("site"), new XdmAtomicValue(site));
        params.put(new QName("prev-href"), new XdmAtomicValue(neighbours.prevHref()));
        params.put(new QName("prev-title"), new XdmAtomicValue(neighbours.prevTitle()));
        params.put(new QName("next-href"), new XdmAtomicValue(neighbours.nextHref()));
        params.put(new QName("next-title"), new XdmAtomicValue(neighbours.nextTitle()));
        params.put(new QName("validity"), new XdmAtomicValue(validity.state()));
        params.put(new QName("validity-message"), new XdmAtomicValue(validity.message()));
        if (register != null) params.put(new QName("register-file"), register);
        return transform(html.get(), params, null, tei);
    }

    private String transform(XsltExecutable exe, Map<QName, XdmValue> params, QName mode, XdmNode tei) {
        return Batch.onDeepStack(() -> transformHere(exe, params, mode, tei));
    }

    private String transformHere(XsltExecutable exe, Map<QName, XdmValue> params, QName mode, XdmNode tei) {
        Xslt30Transformer t = transformer(exe, params);
        StringWriter out = new StringWriter();
        try {
            if (mode != null) t.setInitialMode(mode);
            if (writesText(exe)) return asText(t.applyTemplates(tei));
            t.applyTemplates(tei, t.newSerializer(out));
        } catch (SaxonApiException e) {
            throw failure(nameOf(tei), e);
        }
        return out.toString();
    }

    /** Whether the stylesheet's output method is text: then its result is read as text without a serializer. */
    private static boolean writesText(XsltExecutable exe) {
        return "text".equals(exe.getUnderlyingCompiledStylesheet().getDeclaredSerializationProperties().getProperty("method"));
    }

    /**
     * A result as the text output method writes it: the string values of its nodes, adjacent
     * atomic values parted by a space. Taken here rather than from Saxon's serializer, which tests
     * every character of a text view against the output encoding (a quarter of the view's time);
     * teikit writes the result as UTF-8, in which every character can be written.
     */
    private static String asText(XdmValue result) {
        StringBuilder text = new StringBuilder();
        boolean atomicBefore = false;
        for (XdmItem item : result) {
            boolean atomic = item.isAtomicValue();
            if (atomic && atomicBefore) text.append(' ');
            text.append(item.getStringValue());
            atomicBefore = atomic;
        }
        return text.toString();
    }

    private Xslt30Transformer transformer(XsltExecutable exe, Map<QName, XdmValue> params) {
        Xslt30Transformer t = exe.load30();
        // Failures come back as exceptions and reach the user as one line; nothing goes to stderr.
        t.setErrorReporter(error -> { });
        t.setMessageHandler(message -> { });
        try {
            t.setStylesheetParameters(params);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("teikit passed a stylesheet parameter of the wrong type", e);
        }
        return t;
    }

    private static @Nullable String nameOf(XdmNode tei) {
        java.net.URI uri = tei.getBaseURI();
        String path = uri == null ? null : uri.getPath();
        return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    }

    private static TeikitBug failure(String name, SaxonApiException e) {
        return new TeikitBug(name, "cannot render the document: " + e.getMessage(),
                "the TEI may be too unusual for teikit's stylesheets; please report it with the file", e);
    }
}
