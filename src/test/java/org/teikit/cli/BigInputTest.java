package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A very large text and a very long line go through {@code encode} in a JVM of its own with
 * 1 GB of heap: encoded to well-formed TEI in bounded time, or refused in one line — never a
 * trace, a hang or the JVM dying. Each run prints its time and peak heap.
 *
 * <p>The normal run uses small sizes that show the same; the sizes of the issue (a 50 MB file and
 * a single 10 MB line) take minutes: {@code ./mvnw test -Dtest=BigInputTest -Dteikit.big.full=true}.
 */
@Integration
class BigInputTest {
    private static final boolean FULL = Boolean.getBoolean("teikit.big.full");
    private static final long FILE_BYTES = FULL ? 50_000_000 : 200_000;
    private static final long LINE_BYTES = FULL ? 10_000_000 : 100_000;
    private static final Duration LIMIT = FULL ? Duration.ofMinutes(40) : Duration.ofMinutes(3);
    private static final List<String> SENTENCES = List.of(
            "Comrade Rassendyll informed the Embassy about the harvest of 1960.",
            "On 4 May 1961 the delegation of the Foreign Ministry arrived in Strelsau.",
            "The plant delivered 300.000 tons of grain and 12 km of rail [sic] to Zenda.",
            "Ambassador Sapt [the First Secretary] said that the talks of February 1976 had gone well.",
            "In the spring the Central Committee decided [...] to build 40 new schools.",
            "Kim Il Sung received the delegation on 16.VI.75 in Pyongyang.",
            "The minister said: \"We will send 2,5 million rubles next year.\"",
            "Copies went to the Embassy in Moscow and to the Ministry of Trade*.");

    @TempDir
    Path dir;

    @Test
    void aLargeTextIsEncodedOrRefusedInOneLineWithinAGigabyteOfHeap() throws Exception {
        Path text = write("large.txt", FILE_BYTES, "\n\n");
        assertEncodedOrRefused(text);
    }

    @Test
    void aSingleLongLineIsEncodedOrRefusedInOneLineWithinAGigabyteOfHeap() throws Exception {
        Path text = write("long-line.txt", LINE_BYTES, " ");
        assertEncodedOrRefused(text);
    }

    private void assertEncodedOrRefused(Path text) throws Exception {
        Path out = dir.resolve(text.getFileName().toString().replace(".txt", ".xml"));
        Path peak = dir.resolve("peak-heap");
        long t0 = System.nanoTime();
        ChildJvm.Run run = new ChildJvm().main(PeakHeap.class).option("-Xmx1g", "-Dteikit.peakHeap=" + peak)
                .run(dir.resolve("logs"), LIMIT, "encode", text.toString(), "-o", out.toString(), "--quiet");
        double seconds = (System.nanoTime() - t0) / 1e9;
        String all = run.out() + run.err();
        UserFacing.NOISE.forEach(n -> assertFalse(all.contains(n), "'" + n + "' shown to the user:\n" + run));
        System.out.printf(Locale.ROOT, "big input: %s, %.1f MB, %s in %.1f s, peak heap %s MB (-Xmx1g)%n", text.getFileName(),
                Files.size(text) / 1e6, run.status() == 0 ? "encoded" : "refused", seconds,
                Files.exists(peak) ? Files.readString(peak) : "?");
        if (run.status() == 0) {
            assertEquals("TEI", rootOf(out));
        } else {
            assertEquals(1, run.status(), run.toString());
            assertTrue(run.err().startsWith("teikit: " + text + ": error: "), run.toString());
            assertFalse(Files.exists(out), "something was written");
        }
    }

    /** Letter-like text of about {@code bytes} bytes, its sentences joined by spaces, paragraphs by {@code between}. */
    private Path write(String name, long bytes, String between) throws IOException {
        Path file = dir.resolve(name);
        Random random = new Random(1961);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Embassy of Ruritania\nStrelsau, 3 May 1961\n\nNote\n\n");
            while (written < bytes) {
                StringBuilder paragraph = new StringBuilder();
                for (int n = 2 + random.nextInt(6); n > 0; n--) {
                    paragraph.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(n > 1 ? " " : between);
                }
                w.write(paragraph.toString());
                written += paragraph.length();
            }
            w.write("\n");
        }
        return file;
    }

    /** The name of the root element, read in one streaming pass (so the test itself holds no tree). */
    private static String rootOf(Path xml) throws Exception {
        String[] root = new String[1];
        try (InputStream in = Files.newInputStream(xml)) {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.newSAXParser().parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    if (root[0] == null) root[0] = local;
                }
            });
        }
        return root[0];
    }
}
