package org.teikit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/**
 * The README's "Use it from Java" example, exactly as printed there: compiled against the test
 * class path and run in a JVM of its own (it writes into its working directory).
 */
@Integration
class ReadmeExampleTest {
    private static final String HEADING = "## Use it from Java";

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleCompilesRunsAndEncodesValidatesAndRenders() throws Exception {
        String source = exampleFromReadme();
        Matcher name = Pattern.compile("public\\s+class\\s+(\\w+)").matcher(source);
        assertTrue(name.find(), "the example declares no public class");
        Path src = Files.writeString(Files.createDirectories(dir.resolve("src")).resolve(name.group(1) + ".java"), source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = System.getProperty("java.class.path");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean compiled = javac.getTask(messages, null, null,
                List.of("-classpath", classPath, "-d", classes.toString(), "-Xlint:all"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile())).call();
        assertTrue(compiled, messages::toString);
        assertEquals("", messages.toString().strip(), "the example compiles without warnings");

        Path work = Files.createDirectories(dir.resolve("work"));
        String out = run(work, classes + File.pathSeparator + classPath, name.group(1));

        assertEquals("valid: true; wrote note.xml and note.html", out.strip());
        String tei = Files.readString(work.resolve("note.xml"));
        assertTrue(tei.contains("<persName ref=\"#pers-rassendyll\""), "no persName for Rassendyll in the TEI");
        String page = Files.readString(work.resolve("note.html"));
        assertTrue(page.contains("<html"), "not an HTML page");
        assertTrue(page.contains("Rassendyll") && page.contains("informed the Embassy about the harvest"), "the text is not on the page");
    }

    /** The first {@code java} code block under the heading. */
    private static String exampleFromReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("\n" + HEADING + "\n");
        assertTrue(at >= 0, "README.md has no section " + HEADING);
        int next = readme.indexOf("\n## ", at + 1);
        String section = readme.substring(at, next < 0 ? readme.length() : next);
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(block.find(), "no java code block under " + HEADING);
        return block.group(1);
    }

    private static String run(Path work, String classPath, String mainClass) throws IOException, InterruptedException {
        Path out = work.resolveSibling("out.log");
        Path err = work.resolveSibling("err.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, mainClass)
                .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the example took longer than 5 minutes");
        }
        assertEquals(0, p.exitValue(), () -> read(out) + read(err));
        return read(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
