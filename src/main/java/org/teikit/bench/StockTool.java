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
