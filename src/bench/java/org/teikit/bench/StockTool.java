package org.teikit.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A stock tool's command line as people script it: {@code java -cp JARS MAIN ARGS…}. The jars are
 * those this process loaded the tool's classes from (Jing's and Saxon's own jars in a Maven
 * class path, teikit.jar itself when run from it, which carries the same classes unchanged).
 *
 * @param name       what people call it
 * @param classPath  the jars, in the platform's path syntax
 * @param jvmOptions options before the main class
 * @param mainClass  the tool's command-line class
 */
record StockTool(String name, String classPath, List<String> jvmOptions, String mainClass) {

    static final String JING_MAIN = "com.thaiopensource.relaxng.util.Driver";
    static final String SAXON_MAIN = "net.sf.saxon.Transform";

    /** Jing's command line, parsing with the JDK's parser as jing.jar does. */
    static Optional<StockTool> jing() {
        return locate("stock Jing", List.of(StockJing.JDK_PARSER_PROPERTY), JING_MAIN, "org.iso_relax.verifier.Verifier");
    }

    /** Saxon-HE's command line (Saxon 12 resolves URIs through the XML Resolver). */
    static Optional<StockTool> saxon() {
        return locate("Saxon-HE", List.of(), SAXON_MAIN, "org.xmlresolver.Resolver");
    }

    /**
     * Saxon-HE's own jars as Maven Central ships them, from the local Maven repository, at the
     * version teikit builds with; else the classes on this class path.
     */
    static Optional<StockTool> stockSaxon(Path repository) {
        return fromRepository(repository, "Saxon-HE", List.of(), SAXON_MAIN,
                "net/sf/saxon/Saxon-HE/" + version("saxon"), "org/xmlresolver/xmlresolver/" + version("xmlresolver"))
                .or(StockTool::saxon);
    }

    /** jing.jar (and isorelax, which its Driver loads) from the local Maven repository; else the classes on this class path. */
    static Optional<StockTool> stockJing(Path repository) {
        return fromRepository(repository, "stock Jing", List.of(StockJing.JDK_PARSER_PROPERTY), JING_MAIN,
                "org/relaxng/jing/" + version("jing"), "isorelax/isorelax/" + version("isorelax"))
                .or(StockTool::jing);
    }

    /** The local Maven repository: {@code -Dmaven.repo.local}, else {@code ~/.m2/repository}. */
    static Path mavenRepository() {
        String local = System.getProperty("maven.repo.local");
        return local != null ? Path.of(local) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /**
     * The tool from jars in {@code repository}, each named by its folder {@code group/artifact/version};
     * empty unless every one is there.
     */
    static Optional<StockTool> fromRepository(Path repository, String name, List<String> jvmOptions, String mainClass, String... folders) {
        List<String> jars = new ArrayList<>();
        for (String folder : folders) {
            Path dir = repository.resolve(folder);
            Path jar = dir.resolve(dir.getParent().getFileName() + "-" + dir.getFileName() + ".jar");
            if (!java.nio.file.Files.isRegularFile(jar)) return Optional.empty();
            jars.add(jar.toString());
        }
        return Optional.of(new StockTool(name, String.join(File.pathSeparator, jars), jvmOptions, mainClass));
    }

    private static String version(String tool) {
        try (var in = StockTool.class.getResourceAsStream("stock-tools.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) p.load(in);
            return p.getProperty(tool, "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /**
     * The tool, or empty when its main class is not on this class path. Helper classes the tool
     * loads only for some inputs are added when present.
     */
    static Optional<StockTool> locate(String name, List<String> jvmOptions, String mainClass, String... helpers) {
        Optional<Path> main = jarOf(mainClass);
        if (main.isEmpty()) return Optional.empty();
        Set<String> jars = new LinkedHashSet<>();
        jars.add(main.get().toString());
        for (String helper : helpers) jarOf(helper).ifPresent(p -> jars.add(p.toString()));
        return Optional.of(new StockTool(name, String.join(File.pathSeparator, jars), jvmOptions, mainClass));
    }

    private static Optional<Path> jarOf(String className) {
        try {
            CodeSource source = Class.forName(className, false, StockTool.class.getClassLoader())
                    .getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (ClassNotFoundException | LinkageError | URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.javaExecutable());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
