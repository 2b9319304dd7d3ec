package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;
import org.teikit.store.TestSchemas;

/**
 * {@code teikit schemas}: add, list, remove, and fetch against a server on 127.0.0.1 started
 * by the test (there is no other network here, and fetch must not need one to be tested).
 */
@Integration
class SchemasCommandTest {
    private static final byte[] SCHEMA = TestSchemas.ANY_TEI_RNG.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/s/house.rng", x -> send(x, 200, SCHEMA));
        server.createContext("/s/moved.rng", x -> {
            x.getResponseHeaders().add("Location", "/s/house.rng");
            send(x, 302, new byte[0]);
        });
        server.createContext("/s/away.rng", x -> {
            x.getResponseHeaders().add("Location", "http://example.org/s/house.rng");
            send(x, 301, new byte[0]);
        });
        server.createContext("/s/page.rng", x -> send(x, 200, "<html><body>Schema moved</body></html>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/s/broken.rng", x -> send(x, 200,
                "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><ref name=\"nowhere\"/></start></grammar>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/s/huge.rng", x -> {
            requests.incrementAndGet();
            x.sendResponseHeaders(200, 0);   // chunked: no length announced, the cap must count
            try (OutputStream out = x.getResponseBody()) {
                out.write("<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 200; i++) out.write(("<!--" + "x".repeat(1000) + "-->").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the client hung up once it had enough
            }
        });
        server.createContext("/s/cut.rng", x -> {
            requests.incrementAndGet();
            x.sendResponseHeaders(200, SCHEMA.length);
            OutputStream out = x.getResponseBody();
            out.write(SCHEMA, 0, SCHEMA.length / 2);
            out.flush();
            x.getHttpContext().getServer();
            x.close();   // the connection ends with half the promised bytes
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void send(HttpExchange x, int status, byte[] body) throws IOException {
        requests.incrementAndGet();
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
        x.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Path store() {
        return dir.resolve("store");
    }

    private CommandRun schemas(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("schemas"));
        all.add(args[0]);
        all.addAll(List.of("--store", store().toString()));
        all.addAll(List.of(args).subList(1, args.length));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Test
    void fetchStoresTheSchemaUnderItsUrlAndSaysItsHash() throws Exception {
        CommandRun run = schemas("fetch", url("/s/house.rng"));
        assertEquals(0, run.status(), run.toString());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SCHEMA));
        assertEquals("stored " + url("/s/house.rng") + " (relaxng, " + SCHEMA.length + " bytes) sha256 " + sha + "\n", run.out());
        CommandRun list = schemas("list");
        assertTrue(list.out().startsWith("URL\tkind\tversion\tbytes\tsha256\tadded\n" + url("/s/house.rng") + "\trelaxng\t-\t"
                + SCHEMA.length + "\t" + sha + "\t"), list.out());
        assertTrue(list.out().endsWith("1 schema in " + store() + "\n"), list.out());

        // What the store holds, validate uses, offline.
        Path doc = Files.writeString(dir.resolve("doc.xml"), "<?xml-model href=\"" + url("/s/house.rng")
                + "\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><hi>x</hi></TEI>\n");
        int before = requests.get();
        CommandRun validate = CommandRun.of("validate", "--store", store().toString(), doc.toString());
        assertEquals(0, validate.status(), validate.toString());
        assertEquals(before, requests.get(), "validate never downloads");

        CommandRun remove = schemas("remove", url("/s/house.rng"));
        assertEquals("removed " + url("/s/house.rng") + "\n", remove.out());
        assertEquals(3, CommandRun.of("validate", "--store", store().toString(), doc.toString()).status());
    }

    @Test
    void aRedirectIsFollowedAndTheSchemaKeptUnderTheUrlAskedFor() {
        CommandRun run = schemas("fetch", url("/s/moved.rng"));
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().startsWith("stored " + url("/s/moved.rng") + " "), run.out());
    }

    @Test
    void aRedirectOffHttpsIsRefusedBeforeAnyConnection() {
        CommandRun run = schemas("fetch", url("/s/away.rng"));
        assertEquals(1, run.status());
        assertTrue(run.err().contains("redirects to http://example.org/s/house.rng, but teikit downloads schemas over HTTPS only"), run.err());
        assertNothingStored();
    }

    @Test
    void plainHttpIsOnlyForThisMachine() {
        CommandRun run = schemas("fetch", "http://example.org/schema.rng");
        assertEquals(1, run.status());
        assertEquals("teikit: http://example.org/schema.rng: error: teikit downloads schemas over HTTPS only (give an https:// URL)\n", run.err());
        assertNothingStored();
    }

    @Test
    void notFoundSaysSoAndStoresNothing() {
        CommandRun run = schemas("fetch", url("/s/none.rng"));
        assertEquals(1, run.status());
        assertEquals("teikit: " + url("/s/none.rng") + ": error: the server answered 404 (not found) (check the URL)\n", run.err());
        assertNothingStored();
    }

    @Test
    void whatIsNotRelaxNgOrDoesNotCompileIsRefused() {
        CommandRun page = schemas("fetch", url("/s/page.rng"));
        assertEquals(1, page.status());
        assertTrue(page.err().contains("not a RELAX NG schema: its root element is <html>") && page.err().contains("nothing was stored"), page.err());
        CommandRun broken = schemas("fetch", url("/s/broken.rng"));
        assertEquals(1, broken.status());
        assertTrue(broken.err().contains("not correct RELAX NG") && broken.err().contains("nowhere"), broken.err());
        assertNothingStored();
    }

    @Test
    void aDownloadOverTheCapIsAbandoned() {
        CommandRun run = schemas("fetch", "--max-size", "10000", url("/s/huge.rng"));
        assertEquals(1, run.status());
        assertTrue(run.err().contains("larger than 10000 bytes"), run.err());
        assertNothingStored();
    }

    @Test
    void aConnectionCutHalfwayLeavesNothingHalfWritten() {
        CommandRun run = schemas("fetch", url("/s/cut.rng"));
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().startsWith("teikit: " + url("/s/cut.rng") + ": error: "), run.err());
        assertTrue(run.err().contains("nothing was stored"), run.err());
        assertNothingStored();
    }

    @Test
    void addRecognisesTeiAndListsIt() throws IOException {
        Path f = Files.writeString(dir.resolve("tei_all.rng"), TestSchemas.teiRelease("4.99.1", TestSchemas.ALL));
        CommandRun run = schemas("add", f.toString());
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().startsWith("added https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng (tei_all, TEI P5 4.99.1, "), run.out());
        assertTrue(schemas("list").out().contains("\ttei_all\t4.99.1\t"));
        CommandRun notTei = schemas("add", Files.writeString(dir.resolve("house.rng"), TestSchemas.ANY_TEI_RNG).toString());
        assertEquals(1, notTei.status());
        assertTrue(notTei.err().contains("--as URL"), notTei.err());
        assertEquals(0, schemas("remove", "tei-all").status());
        assertTrue(schemas("list").out().startsWith("no schemas in "));
    }

    /** No schema, no index, no temporary file: a failed fetch leaves the store as it found it. */
    private void assertNothingStored() {
        if (!Files.exists(store())) return;
        try (Stream<Path> s = Files.walk(store())) {
            List<String> left = s.filter(Files::isRegularFile).map(p -> store().relativize(p).toString()).filter(p -> !p.equals(".lock")).toList();
            assertEquals(List.of(), left);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertFalse(Files.exists(store().resolve("index.tsv")));
    }
}
