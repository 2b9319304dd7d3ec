package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/** The validation stylesheet SchXslt2 made is kept in the store and used by the next run; a spoilt one is made again. */
@Integration
class SchematronCacheTest {
    private static final String RULES = """
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
              <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
              <pattern><rule context="tei:p"><assert id="no-x" test="not(contains(., 'x'))">No x in paragraphs.</assert></rule></pattern>
            </schema>
            """;

    @Test
    void theSecondRunUsesTheKeptStylesheetAndASpoiltOneIsMadeAgain(@TempDir Path dir) throws IOException {
        Path store = Files.createDirectories(dir.resolve("store"));
        Docs.write(dir, "rules.sch", RULES);
        Path doc = Docs.write(dir, "doc.xml", Docs.withProlog(
                "<?xml-model href=\"rules.sch\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>", "x marks it"));
        Cli first = Cli.run("validate", "--store", store.toString(), doc.toString());
        List<Path> kept = cached(store);
        assertEquals(1, kept.size(), "one stylesheet kept, named by the schema's hash");
        assertTrue(kept.get(0).getFileName().toString().matches("[0-9a-f]{64}\\.xsl"), kept.toString());
        String stylesheet = Files.readString(kept.get(0));
        assertTrue(stylesheet.contains("No x in paragraphs."), stylesheet);

        Cli second = Cli.run("validate", "--store", store.toString(), doc.toString());
        assertEquals(first.out(), second.out());
        assertTrue(second.out().contains("error: No x in paragraphs. [no-x]"), second.out());

        Files.writeString(kept.get(0), "<xsl:stylesheet garbage");
        Cli third = Cli.run("validate", "--store", store.toString(), doc.toString());
        assertEquals(first.out(), third.out());
        assertTrue(Files.readString(kept.get(0)).contains("No x in paragraphs."), "made again and kept again");

        // A changed schema is a new key: the old stylesheet is never used for it.
        Docs.write(dir, "rules.sch", RULES.replace("No x in paragraphs.", "Still no x."));
        Cli changed = Cli.run("validate", "--store", store.toString(), doc.toString());
        assertTrue(changed.out().contains("error: Still no x. [no-x]"), changed.out());
        assertEquals(2, cached(store).size());
    }

    @Test
    void withoutAStoreFolderNothingIsWritten(@TempDir Path dir) {
        Path store = dir.resolve("no-store-yet");
        Docs.write(dir, "rules.sch", RULES);
        Path doc = Docs.write(dir, "doc.xml", Docs.withProlog(
                "<?xml-model href=\"rules.sch\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>", "x marks it"));
        Cli cli = Cli.run("validate", "--store", store.toString(), doc.toString());
        assertTrue(cli.out().contains("[no-x]"), cli.out());
        assertTrue(Files.notExists(store), "validate never creates the store");
    }

    private static List<Path> cached(Path store) throws IOException {
        Path dir = store.resolve("cache/schematron");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".xsl")).sorted().toList();
        }
    }
}
