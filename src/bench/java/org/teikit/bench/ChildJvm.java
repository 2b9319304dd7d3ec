package org.teikit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.teikit.InputException;

/**
 * Runs one teikit command in a JVM of its own with the heap capped, as a user runs
 * {@code java -Xmx512m -jar teikit.jar …}, so each stage's time and heap are its own
 * ({@link ChildRun} measures them inside the child).
 */
final class ChildJvm {
    static final String HEAP_LIMIT = "-Xmx512m";

    private final String classPath;
    private final Path logs;

    /** @param logs where each run's report and error output go */
    ChildJvm(String classPath, Path logs) {
        this.classPath = classPath;
        this.logs = logs;
    }

    /** A child with teikit's own class path (the jar, when run from it). */
    static ChildJvm ofThisProcess(Path logs) {
        return new ChildJvm(System.getProperty("java.class.path"), logs);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    List<String> command(Path report, List<String> teikitArgs) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), HEAP_LIMIT, "-cp", classPath,
                ChildRun.class.getName(), report.toString()));
        command.addAll(teikitArgs);
        return command;
    }

    /** Where the run called {@code name} writes its error output. */
    Path errorLog(String name) {
        return logs.resolve(name + ".err");
    }

    /** Runs {@code teikit ARGS…} in a child; {@code name} names its log files. */
    StageRun run(String name, List<String> teikitArgs) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path report = logs.resolve(name + ".properties");
        Path errors = errorLog(name);
        Files.deleteIfExists(report);
        Process child = new ProcessBuilder(command(report, teikitArgs))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile())
                .start();
        child.waitFor();
        if (!Files.exists(report)) {
            throw new InputException(errors.toString(), "the child JVM for '" + String.join(" ", teikitArgs)
                    + "' ended (status " + child.exitValue() + ") without reporting its figures", "its error output is in this file");
        }
        return StageRun.fromProperties(Files.readString(report, StandardCharsets.UTF_8));
    }
}
