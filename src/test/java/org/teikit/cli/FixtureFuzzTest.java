package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/**
 * Mutation fuzzing of the project's own fixtures: text fixtures through {@code encode}, TEI
 * fixtures through {@code validate} and {@code render} (HTML and text), each mutated by byte
 * flips, truncation, duplicated and deleted lines, bracket soup, and XML's trouble-makers
 * inserted anywhere. Whatever comes out, the command ends in time, exits 0 or 1, and shows the
 * user only teikit's own lines — never a stack trace, a parser's report or an admission of a bug.
 *
 * <p>Deterministic: case {@code i} uses seed {@code i}. The number of cases per kind of fixture is
 * {@code -Dteikit.fuzz.cases=N} (default {@value #DEFAULT_CASES}); a longer local run:
 * {@code ./mvnw test -Dtest=FixtureFuzzTest -Dteikit.fuzz.cases=400}.
 */
@Integration
class FixtureFuzzTest {
    private static final int DEFAULT_CASES = 40;
    private static final int CASES = Integer.getInteger("teikit.fuzz.cases", DEFAULT_CASES);
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final List<Timing> TIMINGS = new ArrayList<>();
    /** Where a damaged file that broke a command is kept, to be run again by hand. */
    private static final Path FAILURES = Path.of("target", "fuzz-failures");

    @TempDir
    static Path dir;

    /** One way of damaging a file, applied at places chosen by the case's random numbers. */
    enum Mutation {
        FLIP_BITS((bytes, r) -> {
            byte[] b = bytes.clone();
            for (int n = 1 + r.nextInt(4); n > 0 && b.length > 0; n--) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            return b;
        }),
        TRUNCATE((bytes, r) -> java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1))),
        DUPLICATE_LINE((bytes, r) -> editLines(bytes, r, (lines, i) -> lines.add(i, lines.get(i)))),
        DELETE_LINES((bytes, r) -> editLines(bytes, r, (lines, i) -> lines.subList(i, Math.min(lines.size(), i + 1 + r.nextInt(3))).clear())),
        SWAP_LINES((bytes, r) -> editLines(bytes, r, (lines, i) -> java.util.Collections.swap(lines, i, r.nextInt(lines.size())))),
        BRACKET_SOUP((bytes, r) -> {
            StringBuilder soup = new StringBuilder();
            for (int n = 1 + r.nextInt(12); n > 0; n--) soup.append("[[]] *1".charAt(r.nextInt(7)));
            return insert(bytes, r, soup.toString());
        }),
        XML_TROUBLE((bytes, r) -> insert(bytes, r, List.of("<", "&", "]]>", "--", "<!--", "&lol;", "<![CDATA[", "</p>", "\"")
                .get(r.nextInt(9)))),
        NUL((bytes, r) -> insert(bytes, r, "\u0000")),
        BOM((bytes, r) -> insert(bytes, r, "\uFEFF"));

        private final BiFunction<byte[], Random, byte[]> damage;

        Mutation(BiFunction<byte[], Random, byte[]> damage) {
            this.damage = damage;
        }

        byte[] apply(byte[] bytes, Random random) {
            return damage.apply(bytes, random);
        }

        private static byte[] insert(byte[] bytes, Random r, String what) {
            int at = r.nextInt(bytes.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            out.writeBytes(what.getBytes(StandardCharsets.UTF_8));
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
        }

        private static byte[] editLines(byte[] bytes, Random r, java.util.function.BiConsumer<List<String>, Integer> edit) {
            // ISO-8859-1 maps bytes to chars one to one, so lines are cut at '\n' bytes and nothing else changes.
            List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
            edit.accept(lines, r.nextInt(lines.size()));
            return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** How long one case took, for the slowest-case figure. */
    record Timing(String name, long millis) { }

    @TestFactory
    Stream<DynamicTest> mutatedTextsThroughEncode() {
        List<Path> texts = fixtures("source/layouts", "source/encodings", "render/lossless", ".txt");
        return IntStream.range(0, CASES).mapToObj(i -> fuzzCase("text", i, texts, (file, out) ->
                List.<String[]>of(new String[] {"encode", file.toString(), "-o", out.toString(), "--threads", "1"})));
    }

    @TestFactory
    Stream<DynamicTest> mutatedTeiThroughValidateAndRender() {
        List<Path> tei = fixtures("tei", "render/corpus", "render/foreign", "validate/teikit", ".xml");
        return IntStream.range(0, CASES).mapToObj(i -> fuzzCase("tei", i, tei, (file, out) -> List.of(
                new String[] {"validate", file.toString()},
                new String[] {"render", "--to", "html", file.toString(), "-o", out.toString()},
                new String[] {"render", "--to", "text", file.toString(), "-o", out.toString()})));
    }

    /** Case {@code i}: a fixture picked and damaged one to three times by seed {@code i}, then run through every command. */
    private static DynamicTest fuzzCase(String kind, int i, List<Path> fixtures,
                                        BiFunction<Path, Path, List<String[]>> commands) {
        Random random = new Random(i);
        Path fixture = fixtures.get(random.nextInt(fixtures.size()));
        byte[] bytes = read(fixture);
        List<Mutation> applied = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            bytes = m.apply(bytes, random);
            applied.add(m);
        }
        String name = kind + " case " + i + ": " + FIXTURES.relativize(fixture) + " " + applied;
        byte[] damaged = bytes;
        return DynamicTest.dynamicTest(name, () -> {
            Path caseDir = Files.createDirectories(dir.resolve(kind + "-" + i));
            Path file = Files.write(caseDir.resolve(fixture.getFileName()), damaged);
            long t0 = System.nanoTime();
            try {
                for (String[] args : commands.apply(file, caseDir.resolve("out"))) {
                    CommandRun run = assertTimeoutPreemptively(LIMIT, () -> CommandRun.of(args),
                            () -> "teikit " + String.join(" ", args) + " took longer than " + LIMIT);
                    assertTrue(run.status() == 0 || run.status() == 1, run.toString());
                    UserFacing.assertQuiet(run);
                    if (run.status() == 1 && !args[0].equals("validate")) UserFacing.assertRefused(run, file.toString());
                }
            } catch (AssertionError e) {
                Files.createDirectories(FAILURES);
                Files.write(FAILURES.resolve(kind + "-" + i + "-" + fixture.getFileName()), damaged);
                throw e;
            }
            synchronized (TIMINGS) {
                TIMINGS.add(new Timing(name, (System.nanoTime() - t0) / 1_000_000));
            }
        });
    }

    @AfterAll
    static void reportFigures() {
        TIMINGS.stream().max(Comparator.comparingLong(Timing::millis)).ifPresent(slowest ->
                System.out.printf(java.util.Locale.ROOT, "fuzzing: %d cases passed, slowest %d ms (%s)%n",
                        TIMINGS.size(), slowest.millis(), slowest.name()));
    }

    private static List<Path> fixtures(String... dirsThenExtension) {
        String extension = dirsThenExtension[dirsThenExtension.length - 1];
        List<Path> found = new ArrayList<>();
        for (int d = 0; d < dirsThenExtension.length - 1; d++) {
            try (Stream<Path> files = Files.walk(FIXTURES.resolve(dirsThenExtension[d]))) {
                files.filter(f -> f.toString().endsWith(extension)).sorted().forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
