package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/**
 * The same texts give the same bytes, whatever the locale, time zone, default charset, number of
 * threads, order of the files on the command line, or day of the run: the project's text
 * fixtures built into a site in this JVM, then in JVMs of their own under Turkish and German
 * locales in time zones 14 hours ahead and 3½ hours behind UTC, compared file by file. Nothing
 * teikit writes carries a date of its own making, so there is no {@code SOURCE_DATE_EPOCH} to
 * honour; the children run with one set all the same, and the output says nothing of today.
 * Tagged, so that {@code ./mvnw test -Dgroups=determinism} runs these alone.
 */
@Tag("determinism")
@Integration
class DeterminismTest {
    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    static Path dir;
    private static List<String> texts;
    private static Map<String, byte[]> reference;

    @BeforeAll
    static void buildInThisJvm() throws IOException {
        texts = copyFixtures(dir.resolve("in-process"));
        Path run = dir.resolve("in-process");
        List<String> args = new ArrayList<>(List.of("build"));
        texts.forEach(n -> args.add(run.resolve("texts").resolve(n).toString()));
        args.addAll(List.of("-o", run.resolve("site").toString(), "--quiet"));
        CommandRun built = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, built.status(), built.toString());
        reference = files(run.resolve("site"));
    }

    @Test
    void aTurkishLocaleOneThreadAndFilesInReverseOrderChangeNoByte() throws Exception {
        List<String> reversed = new ArrayList<>(texts);
        Collections.reverse(reversed);
        assertSameSite("tr", reversed, List.of("--threads", "1"),
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati");
    }

    @Test
    void aGermanLocaleLatin1DefaultThreeThreadsAndShuffledFilesChangeNoByte() throws Exception {
        List<String> shuffled = new ArrayList<>(texts);
        Collections.shuffle(shuffled, new Random(7));
        assertSameSite("de", shuffled, List.of("--threads", "3"),
                "-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=America/St_Johns", "-Dfile.encoding=ISO-8859-1");
    }

    @Test
    void nothingWrittenCarriesTheDayOfTheRun() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String text : List.of(String.valueOf(today.getYear()), today.toString())) {
            reference.forEach((name, bytes) -> assertFalse(new String(bytes, StandardCharsets.UTF_8).contains(text),
                    name + " carries " + text + ", the day of the run"));
        }
    }

    private static void assertSameSite(String name, List<String> order, List<String> options, String... jvmOptions) throws Exception {
        Path run = dir.resolve(name);
        copyFixtures(run);
        List<String> rest = new ArrayList<>(options);
        rest.add("--quiet");
        ChildJvm.Run result = new ChildJvm().option(jvmOptions).env("SOURCE_DATE_EPOCH", "86400").in(run)
                .run(run.resolve("logs"), LIMIT, relative("build", order, rest));
        assertEquals(0, result.status(), result.toString());
        Map<String, byte[]> made = files(run.resolve("site"));
        assertEquals(reference.keySet(), made.keySet(), "the files made");
        reference.forEach((file, bytes) -> assertEquals(excerpt(bytes, made.get(file)), excerpt(made.get(file), bytes), file + " differs"));
    }

    /** Where {@code a} first differs from {@code b}, with some text around it; "" where they are equal. */
    private static String excerpt(byte[] a, byte[] b) {
        int at = java.util.Arrays.mismatch(a, b);
        if (at < 0) return "";
        String s = new String(a, StandardCharsets.UTF_8);
        int i = new String(a, 0, Math.min(at, a.length), StandardCharsets.UTF_8).length();
        return "…" + s.substring(Math.max(0, i - 80), Math.min(s.length(), i + 80)) + "…";
    }
    /** The text fixtures copied to {@code run/texts}; their names, sorted. */
    private static List<String> copyFixtures(Path run) throws IOException {
        Path texts = Files.createDirectories(run.resolve("texts"));
        List<String> names = new ArrayList<>();
        for (String d : List.of("source/layouts", "render/lossless")) {
            try (Stream<Path> files = Files.list(FIXTURES.resolve(d))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Files.copy(f, texts.resolve(f.getFileName()));
                    names.add(f.getFileName().toString());
                }
            }
        }
        return names;
    }

    /** {@code build texts/A.txt texts/B.txt … -o site REST…}, paths relative to the run's directory. */
    private static String[] relative(String command, List<String> names, List<String> rest) {
        List<String> args = new ArrayList<>(List.of(command));
        names.forEach(n -> args.add("texts/" + n));
        args.addAll(List.of("-o", "site"));
        args.addAll(rest);
        return args.toArray(String[]::new);
    }

    /** Every file under {@code root}, by path relative to it (with {@code /}), with its bytes. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return all;
    }
}
