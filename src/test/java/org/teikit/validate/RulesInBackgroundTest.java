package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.InputException;
import org.teikit.TeikitException;
import org.teikit.store.SchemaStore;

/**
 * The Schematron of a full check compiles on its own thread beside the grammar; what the run
 * gets from it is what compiling it in line gives: the same findings, the same clear error.
 */
class RulesInBackgroundTest {
    private static final String GRAMMAR_WITH_RULES = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0" xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                     ns="http://www.tei-c.org/ns/1.0">
              <sch:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
              <start><element name="TEI"><oneOrMore><element name="p">
                <sch:pattern><sch:rule context="tei:p"><sch:assert id="no-x" test="RULE">No x in paragraphs.</sch:assert></sch:rule></sch:pattern>
                <text/></element></oneOrMore></element></start>
            </grammar>
            """;

    @Test
    void theCompilationStartsAtOnceOnAnotherThreadAndGivesItsResult() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        RulesInBackground rules = RulesInBackground.start(() -> {
            ranOn.set(Thread.currentThread());
            started.countDown();
            return null;
        }, "test");
        assertTrue(started.await(30, TimeUnit.SECONDS), "started before anyone asked for the rules");
        assertNull(rules.get());
        assertNotSame(Thread.currentThread(), ranOn.get());
        assertTrue(ranOn.get().isDaemon(), "a run that stops early does not wait for it");
    }

    @Test
    void anErrorIsTheVeryExceptionTheCompilationThrew() {
        TeikitException thrown = new InputException("rules.sch", "the Schematron rules do not compile: x", "fix the schema");
        RulesInBackground rules = RulesInBackground.start(() -> { throw thrown; }, "test");
        assertSame(thrown, assertThrows(TeikitException.class, rules::get));
    }

    @Test
    void inBackgroundOrInLineTheFindingsAreTheSame(@TempDir Path dir) throws Exception {
        Path rng = Docs.write(dir, "g.rng", GRAMMAR_WITH_RULES.replace("RULE", "not(contains(., 'x'))"));
        Path doc = Docs.write(dir, "doc.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>x marks it</p></TEI>");
        String inLine = findings(new SchemaCompiler(locator(dir), false), rng, doc);
        String background = findings(new SchemaCompiler(locator(dir), true), rng, doc);
        assertTrue(inLine.contains("ruleId=no-x"), inLine);
        assertEquals(inLine, background);
    }

    @Test
    void rulesThatDoNotCompileAreOneClearErrorWhenAskedFor(@TempDir Path dir) throws Exception {
        Path rng = Docs.write(dir, "g.rng", GRAMMAR_WITH_RULES.replace("RULE", "p[["));
        Schema schema = new SchemaCompiler(locator(dir), true).compile(SchemaSource.of(rng));
        TeikitException e = assertThrows(TeikitException.class, schema::rules);
        assertTrue(e.oneLine().contains("do not compile"), e.oneLine());
    }

    private static SchemaLocator locator(Path dir) throws Exception {
        return new SchemaLocator(Catalogs.none(), SchemaStore.at(Files.createDirectories(dir.resolve("store"))));
    }

    private static String findings(SchemaCompiler compiler, Path rng, Path doc) {
        Schema schema = compiler.compile(SchemaSource.of(rng));
        StringBuilder out = new StringBuilder();
        for (Finding f : schema.newValidator().validate(doc).findings()) out.append(f).append('\n');
        return out.toString();
    }
}
