package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Integration;

/** {@code build} from TEI as well as text: checked as validate checks it, flagged when invalid, skipped when broken. */
@Integration
class TeiBuildTest {
    static final String[] FIXTURES = {"lantern-play.xml", "survey-memo.xml", "odd-ledger.xml", "quill-note.xml"};

    @TempDir
    Path dir;

    /** Copies the site fixtures (TEI written for these tests) into {@code into}. */
    static Path fixtures(Path into) throws IOException {
        Files.createDirectories(into);
        for (String f : FIXTURES) {
            try (InputStream in = TeiBuildTest.class.getResourceAsStream("/fixtures/site/" + f)) {
                Files.copy(in, into.resolve(f));
            }
        }
        return into;
    }

    /** A schema store with nothing in it, so that what is checked does not depend on the machine's store. */
    Path emptyStore() throws IOException {
        return Files.createDirectories(dir.resolve("store"));
    }

    @Test
    void teiAndTextBuildOneSiteAndTheInvalidFileIsPublishedFlaggedAndListed() throws IOException {
        Path in = fixtures(dir.resolve("tei-in"));
        Path texts = Letters.write(dir.resolve("texts"));
        Path site = dir.resolve("site");
        CommandRun run = CommandRun.of("build", in.toString(), texts.resolve("early.txt").toString(), "-o", site.toString(),
                "--store", emptyStore().toString());
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains("encoded 1 of 1 documents"), run.toString());
        assertTrue(run.out().contains("read 4 TEI files"), run.toString());
        for (String page : new String[] {"lantern-play.html", "survey-memo.html", "odd-ledger.html", "early.html", "index.html"}) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        // TEI inputs are published as they are: never copied over, never written.
        assertFalse(Files.exists(site.resolve("tei/lantern-play.xml")));
        assertTrue(Files.isRegularFile(site.resolve("tei/early.xml")));

        String flagged = Files.readString(site.resolve("odd-ledger.html"), StandardCharsets.UTF_8);
        assertTrue(flagged.contains("tk-flag-invalid") && flagged.contains("line 19"), "the page says the file is not valid");
        assertTrue(flagged.contains("the thirtieth of February"), "and still shows all its text");
        String index = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertEquals(List.of("A Ledger With an Odd Element"),
                org.jsoup.Jsoup.parse(index).select("#tk-docs tr:has(.tk-badge) td:nth-child(2) > a").eachText(),
                "the index flags the one invalid file");
        assertTrue(run.err().contains("odd-ledger.xml: published, flagged: not valid: 1 error; the first, at line 19"), run.toString());
        assertFalse(run.err().contains("lantern-play.xml: published, flagged"), run.toString());
        // Without tei_all at hand the files are checked without a grammar, and the run says so once.
        assertEquals(1, run.err().lines().filter(l -> l.contains("checked without a grammar")).count(), run.toString());
    }

    @Test
    void aFileThatIsNotWellFormedIsReportedWithItsPlaceAndTheOthersAreBuilt() throws IOException {
        Path in = fixtures(dir.resolve("in"));
        Files.writeString(in.resolve("torn.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n<fileDesc></TEI>\n");
        Path site = dir.resolve("site");
        CommandRun run = CommandRun.of("build", in.toString(), "-o", site.toString(), "--store", emptyStore().toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("torn.xml:3:"), run.toString());
        assertFalse(Files.exists(site.resolve("torn.html")));
        assertTrue(Files.isRegularFile(site.resolve("survey-memo.html")));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(run.console().isEmpty(), run.toString());
    }

    @Test
    void aTeiInputThatChangesIsReadAgainAndOneThatDoesNotIsLeftAlone() throws IOException {
        Path in = fixtures(dir.resolve("in"));
        Path site = dir.resolve("site");
        assertEquals(0, CommandRun.of("build", in.toString(), "-o", site.toString()).status());
        SiteFiles.age(site);
        Path memo = in.resolve("survey-memo.xml");
        Files.writeString(memo, Files.readString(memo).replace("found the files in order", "found the files in disorder"));
        CommandRun second = CommandRun.of("build", in.toString(), "-o", site.toString());
        assertEquals(0, second.status(), second.toString());
        var written = SiteFiles.writtenSinceAged(site);
        assertTrue(written.contains("survey-memo.html"), written.toString());
        assertFalse(written.contains("odd-ledger.txt"), written.toString());
        assertTrue(Files.readString(site.resolve("survey-memo.html")).contains("in disorder"));
    }
}
