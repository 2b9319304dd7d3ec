package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Integration;

/**
 * Broken and hostile XML through {@code validate} and {@code render}, as a user runs them: a
 * finding or one line naming the file, never a trace or a parser's own report; nothing outside
 * the file is read, nothing is fetched, nothing blows up.
 */
@Integration
class HostileXmlCliTest {
    private static final String SECRET = "TOP-SECRET-31337";
    private static final String TEI = """
            <?xml version="1.0" encoding="UTF-8"?>
            %s<TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>A note</title></titleStmt>
                  <publicationStmt><publisher>Example Archive</publisher></publicationStmt>
                  <sourceDesc><bibl>A note, undated.</bibl></sourceDesc>
                </fileDesc>
              </teiHeader>
              <text>
                <body>
                  <div type="document">
                    <p>%s</p>
                  </div>
                </body>
              </text>
            </TEI>
            """;

    @TempDir
    Path dir;
    private ConnectionTrap trap;

    @BeforeEach
    void openTrap() throws IOException {
        trap = new ConnectionTrap();
    }

    @AfterEach
    void closeTrap() throws IOException {
        trap.close();
    }

    /** The commands that read a user's TEI. */
    enum Reader {
        VALIDATE("validate", "--schema", "teikit"),
        VALIDATE_JSON("validate", "--format", "json"),
        RENDER_HTML("render", "--to", "html"),
        RENDER_TEXT("render", "--to", "text");

        final List<String> args;

        Reader(String... args) {
            this.args = List.of(args);
        }

        boolean renders() {
            return args.get(0).equals("render");
        }

        CommandRun run(Path file, Path out) {
            return CommandRun.of(args(file, out));
        }

        /** The command line for {@code file}; a render writes to {@code out}. */
        String[] args(Path file, Path out) {
            List<String> all = new java.util.ArrayList<>(args);
            all.add(file.toString());
            if (renders()) all.addAll(List.of("-o", out.toString()));
            return all.toArray(String[]::new);
        }
    }

    /** A file that must be refused: what validate's finding and render's line must say. */
    record Broken(String name, String content, String finding, String renderSays) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Broken> broken() {
        String whole = TEI.formatted("", "A paragraph that is cut off here");
        return Stream.of(
                new Broken("malformed.xml", TEI.formatted("", "one <date>two</p>"), "[xml-malformed]", "not well-formed XML"),
                new Broken("truncated.xml", whole.substring(0, whole.indexOf("here") + 4), "[xml-truncated]", "not well-formed XML"),
                new Broken("no-namespace.xml", TEI.formatted("", "x").replace(" xmlns=\"http://www.tei-c.org/ns/1.0\"", ""),
                        "xmlns=", "is not in the TEI namespace"),
                new Broken("other-namespace.xml", TEI.formatted("", "x").replace("http://www.tei-c.org/ns/1.0", "http://example.org/tei"),
                        "http://www.tei-c.org/ns/1.0", "is not in the TEI namespace"),
                new Broken("html.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Hello</p></body></html>",
                        "<TEI>", "not a TEI document"),
                new Broken("letter.xml", "Dear Comrade,\nthis is a letter, not XML.\n", "[xml-not-xml]", "not well-formed XML"),
                new Broken("empty.xml", "", "[file-empty]", "not well-formed XML"),
                new Broken("bomb.xml", TEI.formatted(bomb(), "&lol9;"), "[xml-entity-limit]", "entity"),
                new Broken("quadratic.xml", TEI.formatted("<!DOCTYPE TEI [ <!ENTITY big \"" + "x".repeat(100_000) + "\"> ]>\n",
                        "&big;".repeat(1_000)), "[xml-entity-limit]", "entit"));
    }

    static Stream<Object[]> brokenByReader() {
        return broken().flatMap(b -> Stream.of(Reader.values()).map(r -> new Object[] {b, r}));
    }

    @ParameterizedTest(name = "{1} refuses {0}")
    @MethodSource("brokenByReader")
    void brokenXmlIsReportedInTeikitsOwnWords(Broken file, Reader reader) throws IOException {
        Path f = Files.writeString(dir.resolve(file.name()), file.content());
        Path out = dir.resolve("out");
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reader.run(f, out));
        UserFacing.assertQuiet(run);
        assertEquals(1, run.status(), run.toString());
        if (reader.renders()) {
            UserFacing.assertRefused(run, f.toString(), file.renderSays());
            assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "something was written");
        } else {
            assertTrue(run.out().contains(f.toString()) && run.out().contains(file.finding().replace("[", "").replace("]", "")),
                    run.toString());
        }
    }

    @ParameterizedTest(name = "{0}: a DOCTYPE naming a local file reads nothing of it")
    @EnumSource(Reader.class)
    void externalEntitiesPointingAtLocalFilesAreNeverRead(Reader reader) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String doctype = "<!DOCTYPE TEI [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> <!ENTITY % p SYSTEM \""
                + secret.toUri() + "\"> ]>\n";
        Path f = Files.writeString(dir.resolve("xxe.xml"), TEI.formatted(doctype, "Leak: &xxe;"));
        Path out = dir.resolve("out");
        CommandRun run = reader.run(f, out);
        UserFacing.assertQuiet(run);
        assertFalse(run.toString().contains(SECRET), run.toString());
        assertNothingUnderContains(out, SECRET);
    }

    @ParameterizedTest(name = "{0}: nothing named by the file is fetched")
    @EnumSource(Reader.class)
    void nothingTheFileNamesIsFetched(Reader reader) throws IOException {
        String prolog = "<?xml-stylesheet type=\"text/xsl\" href=\"" + trap.url("style.xsl") + "\"?>\n"
                + "<?xml-model href=\"" + trap.url("schema.rng") + "\" type=\"application/xml\""
                + " schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
                + "<!DOCTYPE TEI SYSTEM \"" + trap.url("tei.dtd") + "\" [ <!ENTITY remote SYSTEM \"" + trap.url("entity")
                + "\"> <!ENTITY % p SYSTEM \"" + trap.url("p") + "\"> %p; ]>\n";
        String body = "Remote: &remote; <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + trap.url("inc.xml") + "\"/>";
        Path f = Files.writeString(dir.resolve("remote.xml"), TEI.formatted(prolog, body));
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reader.run(f, dir.resolve("out")));
        UserFacing.assertQuiet(run);
        assertEquals(0, trap.connections(), "teikit connected to the network:\n" + run);
    }

    @Test
    void anXmlStylesheetInstructionChangesNothingRendered() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.xml"), TEI.formatted("", "The harvest was late."));
        Path styled = Files.writeString(dir.resolve("styled.xml"), TEI.formatted(
                "<?xml-stylesheet type=\"text/xsl\" href=\"" + trap.url("evil.xsl") + "\"?>\n", "The harvest was late."));
        CommandRun run = CommandRun.of("render", "--to", "text", plain.toString(), styled.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals(Files.readString(dir.resolve("out/plain.txt")), Files.readString(dir.resolve("out/styled.txt")));
        CommandRun validated = CommandRun.of("validate", "--schema", "teikit", styled.toString());
        assertEquals(0, validated.status(), validated.toString());
        assertEquals(0, trap.connections());
    }

    @ParameterizedTest(name = "{0}: 100,000 nested elements, on the default stack")
    @EnumSource(value = Reader.class, names = {"VALIDATE", "RENDER_HTML"})
    void deepNestingIsHandledOnTheDefaultStackInBoundedMemory(Reader reader) throws Exception {
        Path f = deep(100_000);
        ChildJvm.Run run = new ChildJvm().option("-Xmx256m").run(dir.resolve("logs"), Duration.ofMinutes(3), reader.args(f, dir));
        assertNoNoise(run);
        if (reader.renders()) {
            assertEquals(1, run.status(), run.toString());
            assertTrue(run.err().startsWith("teikit: " + f) && run.err().contains(": error: "), run.toString());
        } else {
            assertEquals(0, run.status(), run.toString());
            assertTrue(run.out().contains("1 file, 1 valid"), run.toString());
        }
    }

    @Test
    void aFileTooBigForTheHeapIsOneFindingNamingTheRemedy() throws Exception {
        Path f = deep(100_000);
        // The serial collector throws OutOfMemoryError in the thread that asks for memory, the one
        // checking the file; collectors that give up on "GC overhead" throw it in any thread.
        ChildJvm.Run run = new ChildJvm().option("-Xmx64m").option("-XX:+UseSerialGC")
                .run(dir.resolve("logs"), Duration.ofMinutes(3), Reader.VALIDATE.args(f, dir));
        assertNoNoise(run);
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.out().contains(f + ": error: checking this file needs more memory than Java was given; give it more (java -Xmx4g"),
                run.toString());
    }

    private Path deep(int depth) throws IOException {
        Path f = dir.resolve("deep.xml");
        String[] halves = TEI.formatted("", "@").split("<p>@</p>");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(halves[0]);
            for (int i = 0; i < depth; i++) w.write("<div type=\"section\">");
            w.write("<p>Deep.</p>");
            for (int i = 0; i < depth; i++) w.write("</div>");
            w.write(halves[1]);
        }
        return f;
    }

    private static void assertNoNoise(ChildJvm.Run run) {
        String all = run.out() + run.err();
        UserFacing.NOISE.forEach(n -> assertFalse(all.contains(n), n + " shown to the user:\n" + run));
    }

    @ParameterizedTest(name = "{0}: an entity bomb in 64 MB of heap")
    @EnumSource(value = Reader.class, names = {"VALIDATE", "RENDER_HTML"})
    void anEntityBombIsStoppedInLittleMemory(Reader reader) throws Exception {
        Path f = Files.writeString(dir.resolve("bomb.xml"), TEI.formatted(bomb(), "&lol9;"));
        ChildJvm.Run run = new ChildJvm().option("-Xmx64m").run(dir.resolve("logs"), Duration.ofMinutes(2), reader.args(f, dir));
        assertNoNoise(run);
        assertEquals(1, run.status(), run.toString());
        assertTrue((run.out() + run.err()).contains("entity"), run.toString());
    }

    /** A billion laughs: ten entities, each ten of the one before. */
    private static String bomb() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return dtd.append("]>\n").toString();
    }

    private static void assertNothingUnderContains(Path out, String secret) throws IOException {
        if (!Files.exists(out)) return;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(p, StandardCharsets.ISO_8859_1).contains(secret), "the secret leaked into " + p);
            }
        }
    }

    /** A local port that counts whoever connects: any connection means teikit went to the network. */
    static final class ConnectionTrap implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor = new Thread(this::accept, "connection-trap");

        ConnectionTrap() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        }

        String url(String path) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
