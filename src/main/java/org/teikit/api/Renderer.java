package org.teikit.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.teikit.render.Customization;
import org.teikit.render.FileRenderer;
import org.teikit.render.Format;
import org.teikit.render.Reading;
import org.teikit.render.RenderOptions;

/**
 * Renders any TEI P5 document as {@code teikit render} does: the HTML reading edition (one
 * self-contained page) or the plain-text view. teikit's own files get register pop-ups, the
 * reading switch and their citation.
 *
 * <pre>{@code
 * String page = Renderer.html().render(Path.of("letter.xml"));
 * String text = Renderer.text().withReading(Reading.DIPLOMATIC).withWidth(60).render(xml, "letter.xml");
 * String mine = Renderer.html().withCustomization(Customization.NONE
 *         .withStylesheet(Path.of("project.xsl")).withParam("footer-text", "Edited by us.")).render(Path.of("letter.xml"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. teikit's stylesheets are compiled once for the whole process, when
 * first used, and shared by every renderer and thread; a customisation's stylesheet is compiled
 * once, by {@link #withCustomization}, and shared by the renderers made from it.
 */
public final class Renderer {
    private final RenderOptions options;
    private final int threads;
    /** teikit's stylesheets with a project's changes, or null for teikit's own (fetched when first used). */
    private final org.teikit.render.@Nullable Renderer customized;

    private Renderer(RenderOptions options, int threads, org.teikit.render.@Nullable Renderer customized) {
        this.options = options;
        this.threads = threads;
        this.customized = customized;
        if (customized != null) customized.requireFits(options.format());
    }

    /** The reading edition, opening in the normalised reading. */
    public static Renderer html() {
        return new Renderer(RenderOptions.html(), Runtime.getRuntime().availableProcessors(), null);
    }

    /** The text view: the normalised reading, lines wrapped at 72 characters. */
    public static Renderer text() {
        return new Renderer(RenderOptions.text(), Runtime.getRuntime().availableProcessors(), null);
    }

    /**
     * HTML or text ({@code --to}).
     *
     * @throws org.teikit.InputException when a customisation set before does not fit that format
     *         (see {@link #withCustomization})
     */
    public Renderer withFormat(Format format) {
        return new Renderer(new RenderOptions(Objects.requireNonNull(format, "format"), options.reading(), options.width()), threads, customized);
    }

    /** Text: the reading shown; HTML: the reading a page opens in ({@code --reading}). */
    public Renderer withReading(Reading reading) {
        return new Renderer(options.withReading(Objects.requireNonNull(reading, "reading")), threads, customized);
    }

    /**
     * Text: wrap lines at {@code width} characters; 0 leaves each paragraph on one line ({@code --width}).
     *
     * @throws IllegalArgumentException when {@code width} is negative
     */
    public Renderer withWidth(int width) {
        return new Renderer(options.withWidth(width), threads, customized);
    }

    /**
     * Files rendered at once by {@link #renderAll} ({@code --threads}); default: the number of processors.
     *
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public Renderer withThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more");
        return new Renderer(options, threads, customized);
    }

    /**
     * A project's changes to teikit's stylesheets ({@code --customization FILE.xsl} and
     * {@code --xslt-param NAME=VALUE}): its stylesheet, which imports {@code teikit:html.xsl} or
     * {@code teikit:text.xsl} and overrides templates and parameters, and parameter values.
     * Replaces any customisation set before; {@link Customization#NONE} goes back to teikit's own.
     * Compiled and checked here, before anything is rendered, for the format set so far: set
     * the format first.
     *
     * @throws org.teikit.InputException when the stylesheet does not compile (naming FILE:LINE:COL),
     *         customises the other format, or a parameter is not declared or has a wrong value
     */
    public Renderer withCustomization(Customization customization) {
        Objects.requireNonNull(customization, "customization");
        return new Renderer(options, threads,
                customization.isNone() ? null : org.teikit.render.Renderer.get().customized(customization));
    }

    /**
     * The page or text view of one TEI file.
     *
     * @throws org.teikit.InputException when the file is not well-formed TEI, naming file, line and column
     */
    public String render(Path tei) {
        org.teikit.render.Renderer r = renderer();
        return r.render(r.read(tei), options);
    }

    /**
     * The page or text view of TEI held in memory.
     *
     * @param name what messages call the document, e.g. {@code "letter.xml"}
     */
    public String render(String xml, String name) {
        org.teikit.render.Renderer r = renderer();
        return r.render(r.reader().read(xml, name), options);
    }

    /**
     * Renders each file to {@code OUTDIR/NAME.html} or {@code OUTDIR/NAME.txt}, as {@code teikit render}
     * does. A file that fails is in the outcome's failures and is not written; the others are.
     */
    public FileRenderer.Outcome renderAll(List<Path> files, Path outDir) {
        return renderAll(files, outDir, () -> { });
    }

    /** @param fileDone called once per file, in input order, on the calling thread (for progress) */
    public FileRenderer.Outcome renderAll(List<Path> files, Path outDir, Runnable fileDone) {
        return new FileRenderer(renderer(), options, threads).renderAll(files, outDir, fileDone);
    }

    private org.teikit.render.Renderer renderer() {
        return customized == null ? org.teikit.render.Renderer.get() : customized;
    }
}
