package org.teikit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * teikit run in a JVM of its own, as a user runs it: with the JVM's default stack (the tests'
 * own JVM has a larger one), a heap limit, another locale or time zone, or to be killed midway.
 */
final class ChildJvm {
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private String mainClass = Main.class.getName();
    private Path directory;

    /** The outcome of a finished run; {@code out} and {@code err} are what it printed. */
    record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    ChildJvm option(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    ChildJvm env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    ChildJvm in(Path dir) {
        this.directory = dir;
        return this;
    }

    ChildJvm main(Class<?> main) {
        this.mainClass = main.getName();
        return this;
    }

    /** Starts the JVM; its output goes to files in {@code logs}. */
    Process start(Path logs, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(logs.resolve("out.log").toFile())
                .redirectError(logs.resolve("err.log").toFile());
        if (directory != null) pb.directory(directory.toFile());
        pb.environment().remove("TEIKIT_DEBUG");
        pb.environment().putAll(environment);
        return pb.start();
    }

    /** Runs to the end, or fails the test when it takes longer than {@code limit}. */
    Run run(Path logs, Duration limit, String... args) throws IOException, InterruptedException {
        Process p = start(logs, args);
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("teikit " + String.join(" ", args) + " took longer than " + limit);
        }
        return new Run(p.exitValue(), Files.readString(logs.resolve("out.log"), StandardCharsets.UTF_8),
                Files.readString(logs.resolve("err.log"), StandardCharsets.UTF_8));
    }
}
