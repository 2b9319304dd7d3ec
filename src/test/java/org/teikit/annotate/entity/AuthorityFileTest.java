package org.teikit.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.TeikitException;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.RegisterEntry;

class AuthorityFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void tsvRowsBecomeEntitiesWithVariantsAndUri() throws IOException {
        Path p = write("reg.tsv", "id\ttype\tname\tvariants\turi\n"
                + "vk-orlov\tperson\tViktor Orlov\tV. Orlov|Orlow\thttps://viaf.org/viaf/1\n"
                + "kh-region\tplace\tKhabarovsk Krai\tChabarovsk region\t\n");
        List<KnownEntity> e = AuthorityFile.read(p);
        assertEquals(2, e.size());
        assertEquals(List.of("Viktor Orlov", "V. Orlov", "Orlow"), e.get(0).forms());
        assertEquals("https://viaf.org/viaf/1", e.get(0).uri());
        assertEquals(EntityType.PLACE, e.get(1).type());
        assertTrue(e.get(0).fromAuthority());
    }

    @Test
    void csvCellsMayBeQuoted() throws IOException {
        Path p = write("reg.csv", "org-mfa,org,\"Ministry of Foreign Affairs, Prague\",MZV,\n");
        assertEquals("Ministry of Foreign Affairs, Prague", AuthorityFile.read(p).get(0).name());
    }

    @Test
    void teiListsGiveIdNamesForenameSurnameAndUri() throws IOException {
        Path p = write("reg.xml", """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>
                  <person xml:id="p-orlov"><persName><forename>Viktor</forename> <surname>Orlov</surname></persName>
                    <persName type="variant">Orlow</persName><idno type="URI">https://www.wikidata.org/wiki/Q1</idno></person>
                </listPerson><listOrg><org xml:id="o-kwp"><orgName>Korean Workers' Party</orgName></org></listOrg></standOff></TEI>
                """);
        List<KnownEntity> e = AuthorityFile.read(p);
        assertEquals("pers-p-orlov", e.get(0).id().value());
        assertEquals(List.of("Viktor Orlov", "Orlow"), e.get(0).forms());
        assertEquals("Orlov", e.get(0).surname());
        assertEquals("https://www.wikidata.org/wiki/Q1", e.get(0).uri());
        assertEquals(EntityType.ORG, e.get(1).type());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsFetched() throws IOException {
        Path p = write("evil.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><person xml:id=\"a\"><persName>&e;</persName></person></TEI>");
        TeikitException ex = assertThrows(TeikitException.class, () -> AuthorityFile.read(p));
        assertTrue(ex.oneLine().startsWith(p + ":2:"), ex.oneLine());
    }

    @Test
    void badTypeIsReportedWithItsLine() throws IOException {
        Path p = write("reg.tsv", "a\tperson\tAnna Berg\n\nb\tcity\tVelmora\n");
        TeikitException ex = assertThrows(TeikitException.class, () -> AuthorityFile.read(p));
        assertEquals(p + ":3:1: error: unknown type \"city\" (the type column holds person, place or org)", ex.oneLine());
    }

    @Test
    void missingNameAndBadIdAreReported() throws IOException {
        Path noName = write("a.tsv", "a\tperson\t\n");
        assertTrue(assertThrows(TeikitException.class, () -> AuthorityFile.read(noName)).oneLine().contains(":1:1: error: the name column is empty"));
        Path badId = write("b.tsv", "1st\tperson\tAnna Berg\n");
        assertTrue(assertThrows(TeikitException.class, () -> AuthorityFile.read(badId)).oneLine().contains("is not a usable id"));
    }

    @Test
    void anIdUsedInTwoRegistersIsAnError() throws IOException {
        Path a = write("a.tsv", "x\tperson\tAnna Berg\n");
        Path b = write("b.tsv", "x\tperson\tVelma Berg\n");
        assertThrows(TeikitException.class, () -> AuthorityFile.readAll(List.of(a, b)));
    }

    @Test
    void missingFileIsReportedNotThrownRaw() {
        TeikitException ex = assertThrows(TeikitException.class, () -> AuthorityFile.read(dir.resolve("none.tsv")));
        assertTrue(ex.oneLine().contains("no such authority file"), ex.oneLine());
    }

    @Test
    void theUsersEntryWinsOverTheBuiltInDataAndOverGuesses() throws IOException {
        Path p = write("reg.tsv", "pers-basmanov-m\tperson\tMikhail Basmanov\t\thttps://example.org/basmanov\n"
                + "ussr-q15180\tplace\tUSSR\tSoviet Union\thttp://www.wikidata.org/entity/Q15180\n");
        EntityRecogniser r = new EntityRecogniser(AuthorityFile.read(p));
        Found f = Found.in(r, "Comrade Basmanov said the Soviet Union would help.", "Basmanov left.");
        assertEquals(List.of("Basmanov=pers-basmanov-m", "Soviet Union=place-ussr-q15180", "Basmanov=pers-basmanov-m"), f.mentions());
        RegisterEntry e = f.entry("pers-basmanov-m");
        assertEquals("https://example.org/basmanov", e.uri());
        assertTrue(e.fromAuthority());
        assertEquals("Mikhail Basmanov", e.name());
    }
}
