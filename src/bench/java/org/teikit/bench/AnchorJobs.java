package org.teikit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of {@code bench anchors}, both sides, as a user types them: teikit's jar
 * with default JVM settings; the TEI Stylesheets on stock Saxon-HE as their README runs them
 * (a directory in, a directory out); stock Jing's Driver with every file on one command line.
 *
 * @param teikit      how teikit is started ({@code java -jar teikit.jar})
 * @param saxon       stock Saxon-HE, or null
 * @param jing        stock Jing, or null
 * @param stylesheets the TEI Stylesheets' folder, or null
 * @param store       the schema store holding tei_all, or null
 * @param teiAll      tei_all.rng in that store, or null (then no validation jobs)
 * @param corpus      a flat folder holding the files (what both sides read)
 * @param files       the files inside {@code corpus}, in order
 * @param megabytes   their size
 * @param oneFile     the file for the one-file jobs
 * @param teikitOut   where teikit writes
 * @param anchorOut   where the anchor writes
 */
record AnchorJobs(List<String> teikit, StockTool saxon, StockTool jing, Path stylesheets, Path store, Path teiAll,
                  Path corpus, List<Path> files, double megabytes, Path oneFile, double oneFileMegabytes,
                  Path teikitOut, Path anchorOut) {

    static final String HTML = "html", TEXT = "text", GRAMMAR = "grammar", GRAMMAR_ONE = "grammar-one", FULL = "full";
    static final List<String> ALL = List.of(HTML, TEXT, GRAMMAR, GRAMMAR_ONE, FULL);

    /**
     * teikit started as its README says: the launcher {@code teikit} beside the jar (which adds
     * the class-data archive made at package time) when both are there; {@code java -jar
     * teikit.jar} when teikit's command line was loaded from a jar without them (the bench jar
     * reaches it through its {@code Class-Path}); or the class path's Main when it was not loaded
     * from a jar (tests, a build's class folders).
     *
     * @param cliLocation where {@code org.teikit.cli.Main} was loaded from: a jar or a folder
     */
    static List<String> teikitLauncher(Path cliLocation, String classPath) {
        if (cliLocation.getFileName().toString().endsWith(".jar")) {
            Path dir = cliLocation.toAbsolutePath().getParent();
            Path launcher = dir.resolve("teikit");
            if (java.nio.file.Files.isExecutable(launcher) && java.nio.file.Files.isRegularFile(dir.resolve("teikit.jsa"))) {
                return List.of(launcher.toString());
            }
            return List.of(ChildJvm.javaExecutable(), "-jar", cliLocation.toString());
        }
        return List.of(ChildJvm.javaExecutable(), "-cp", classPath, "org.teikit.cli.Main");
    }

    /** The jobs named in {@code wanted} that can be built here, in the table's order. */
    List<AnchorJob> jobs(List<String> wanted) {
        List<AnchorJob> jobs = new ArrayList<>();
        for (String name : ALL) {
            if (!wanted.contains(name)) continue;
            AnchorJob job = job(name);
            if (job != null) jobs.add(job);
        }
        return jobs;
    }

    /** One job, or null when teikit's side cannot run here (validation without tei_all). */
    AnchorJob job(String name) {
        return switch (name) {
            case HTML -> new AnchorJob("HTML: render --to html", teikit("render", "--to", "html", "--quiet", corpus.toString(), "-o", teikitOut.toString()),
                    transform("html/html.xsl"), files.size(), megabytes);
            case TEXT -> new AnchorJob("text: render --to text", teikit("render", "--to", "text", "--quiet", corpus.toString(), "-o", teikitOut.toString()),
                    transform("txt/tei-to-text.xsl"), files.size(), megabytes);
            case GRAMMAR -> teiAll == null ? null : new AnchorJob("grammar, corpus (Jing one JVM)",
                    validate(true, corpus), jing(files), files.size(), megabytes);
            case GRAMMAR_ONE -> teiAll == null ? null : new AnchorJob("grammar, one file",
                    validate(true, oneFile), jing(List.of(oneFile)), 1, oneFileMegabytes);
            case FULL -> teiAll == null ? null : new AnchorJob("full check vs Jing grammar-only",
                    validate(false, corpus), jing(files), files.size(), megabytes);
            default -> throw new IllegalArgumentException("no job called " + name);
        };
    }

    private List<String> teikit(String... args) {
        List<String> command = new ArrayList<>(teikit);
        command.addAll(List.of(args));
        return command;
    }

    private List<String> validate(boolean grammarOnly, Path what) {
        List<String> command = teikit("validate");
        if (grammarOnly) command.add("--grammar-only");
        command.addAll(List.of("--schema", "tei-all", "--store", store.toString(), what.toString()));
        return command;
    }

    /** The README's way: {@code net.sf.saxon.Transform -s:IN_DIR -xsl:STYLESHEET -o:OUT_DIR}. */
    private List<String> transform(String stylesheet) {
        if (saxon == null || stylesheets == null) return null;
        return saxon.command(List.of("-s:" + corpus, "-xsl:" + stylesheets.resolve(stylesheet), "-o:" + anchorOut));
    }

    private List<String> jing(List<Path> which) {
        if (jing == null) return null;
        List<String> args = new ArrayList<>();
        args.add(teiAll.toString());
        for (Path f : which) args.add(f.toString());
        return jing.command(args);
    }
}
