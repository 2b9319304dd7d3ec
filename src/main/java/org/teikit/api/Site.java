package org.teikit.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.teikit.TeikitException;
import org.teikit.batch.Batch;
import org.teikit.batch.Progress;
import org.teikit.io.InputFiles;
import org.teikit.io.OutputFiles;
import org.teikit.pipeline.SiteBuild;
import org.teikit.render.Customization;
import org.teikit.store.SchemaStore;

/**
 * The whole pipeline into a reading edition, as {@code teikit build} runs it: each text encoded
 * (and checked) into {@code SITEDIR/tei/NAME.xml}, each TEI input checked and published as it is,
 * then a page and a text view per document, the index and the registers. Incremental: a second
 * build redoes only what changed, and never overwrites a {@code tei/NAME.xml} changed by hand
 * unless told to. One bad document never stops the others: it is among the result's problems.
 *
 * <pre>{@code
 * SiteBuild.Result r = Site.standard().build(Path.of("site"), List.of(Path.of("letters")));
 * r.problems().forEach(p -> System.err.println(p.oneLine()));
 * }</pre>
 *
 * <p>Immutable and thread-safe as a value; two builds into the same site directory at once are
 * not supported (they would share its files).
 */
public final class Site {
    private static final String INPUTS = "*.{txt,xml}";

    private final Encoder encoder;
    private final int threads;
    private final boolean force;
    private final boolean overwriteEdited;
    private final List<Path> catalogs;
    private final @Nullable Path register;
    private final @Nullable Path store;
    private final Customization customization;

    private Site(Encoder encoder, int threads, boolean force, boolean overwriteEdited, List<Path> catalogs,
                 @Nullable Path register, @Nullable Path store, Customization customization) {
        this.encoder = encoder;
        this.threads = threads;
        this.force = force;
        this.overwriteEdited = overwriteEdited;
        this.catalogs = List.copyOf(catalogs);
        this.register = register;
        this.store = store;
        this.customization = customization;
    }

    /** The standard encoder, all cores, incremental, the user's schema store. */
    public static Site standard() {
        return new Site(Encoder.standard(), Batch.defaultThreads(), false, false, List.of(), null, null, Customization.NONE);
    }

    /** How texts are encoded; its settings are part of what decides whether a document is built again. */
    public Site withEncoder(Encoder encoder) {
        return new Site(Objects.requireNonNull(encoder, "encoder"), threads, force, overwriteEdited, catalogs, register, store, customization);
    }

    /**
     * Documents processed at once ({@code --threads}).
     *
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public Site withThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more");
        return new Site(encoder, threads, force, overwriteEdited, catalogs, register, store, customization);
    }

    /** Rebuild every document, even those unchanged since the last build ({@code --force}). */
    public Site withForce(boolean on) {
        return new Site(encoder, threads, on, overwriteEdited, catalogs, register, store, customization);
    }

    /** Encode texts again even where their {@code tei/NAME.xml} was changed by hand ({@code --overwrite-edited}). */
    public Site withOverwriteEdited(boolean on) {
        return new Site(encoder, threads, force, on, catalogs, register, store, customization);
    }

    /** OASIS XML catalogs mapping the schemas TEI inputs declare to local files ({@code --catalog}). */
    public Site withCatalogs(List<Path> files) {
        return new Site(encoder, threads, force, overwriteEdited, files, register, store, customization);
    }

    /**
     * A TEI file listing persons, places and organisations that the documents' names point into
     * with {@code @ref}, {@code @corresp} or {@code @key} ({@code --register}); not itself a document.
     */
    public Site withRegister(Path file) {
        return new Site(encoder, threads, force, overwriteEdited, catalogs, Objects.requireNonNull(file, "file"), store, customization);
    }

    /** The schema store TEI inputs' schemas are looked up in ({@code --store}) instead of the user's. */
    public Site withStore(Path dir) {
        return new Site(encoder, threads, force, overwriteEdited, catalogs, register, Objects.requireNonNull(dir, "dir"), customization);
    }

    /**
     * A project's changes to teikit's stylesheets for the pages, index and registers ({@code html.xsl})
     * or the text views ({@code text.xsl}), as {@code --customization FILE.xsl} and
     * {@code --xslt-param NAME=VALUE} give them (see {@link Renderer#withCustomization}). Part of the
     * build's settings: a changed customisation rebuilds the site. Compiled and checked when a build
     * starts, before anything is written.
     */
    public Site withCustomization(Customization customization) {
        return new Site(encoder, threads, force, overwriteEdited, catalogs, register, store,
                Objects.requireNonNull(customization, "customization"));
    }

    /**
     * Builds the site from text (.txt) and TEI (.xml) files, or directories of them. Inputs that
     * cannot be found come first among the result's problems.
     *
     * @throws org.teikit.InputException when the site would overwrite an input, before anything is written
     */
    public SiteBuild.Result build(Path siteDir, List<Path> inputs) {
        return build(siteDir, inputs(siteDir, inputs), Progress.silent());
    }

    /**
     * The files a build of {@code siteDir} takes from {@code inputs} (files, and the .txt and .xml
     * files in directories; the register left out), and the inputs that could not be had.
     *
     * @throws org.teikit.InputException when the site directory is among the inputs or a TEI file it would
     *                         write is an input
     */
    public InputFiles.Found inputs(Path siteDir, List<Path> inputs) {
        InputFiles.Found found = withoutRegister(InputFiles.expand(inputs, INPUTS));
        OutputFiles.refuseDirectoryAmongInputs(siteDir, inputs, found.files());
        OutputFiles.refuseOverwritingInputs(found.files().stream().filter(in -> !SiteBuild.isTei(in))
                .map(in -> siteDir.resolve("tei").resolve(InputFiles.renamed(in, ".xml"))).toList(), found.files());
        return found;
    }

    /**
     * Builds the site from the files {@link #inputs} found, telling {@code progress} of each
     * document, as {@code teikit build} runs it. The inputs that could not be had come first among
     * the result's problems.
     */
    public SiteBuild.Result build(Path siteDir, InputFiles.Found found, Progress progress) {
        SiteBuild.Result r = new SiteBuild(siteDir, encoder.pipeline(), encoder.settings(), new SiteBuild.Options(threads, force,
                overwriteEdited, catalogs, register, store == null ? SchemaStore.standard() : SchemaStore.at(store), customization))
                .run(found.files(), progress);
        List<TeikitException> problems = new ArrayList<>(found.problems());
        problems.addAll(r.problems());
        return new SiteBuild.Result(r.documents(), r.encoded(), r.unchanged(), r.removed(), r.pages(), r.corpus(),
                List.copyOf(problems), r.warnings(), r.teiInputs(), r.edited(), r.flagged(), r.notices());
    }

    /** The register file may sit among the documents; it is a list of names, not a document. */
    private InputFiles.Found withoutRegister(InputFiles.Found found) {
        if (register == null) return found;
        Path r = register.toAbsolutePath().normalize();
        return new InputFiles.Found(found.files().stream().filter(f -> !f.toAbsolutePath().normalize().equals(r)).toList(),
                found.problems());
    }
}
