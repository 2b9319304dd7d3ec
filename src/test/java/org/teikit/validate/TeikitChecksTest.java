package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** teikit's own checks, each alone: no grammar, no Schematron, just the rules. */
class TeikitChecksTest {
    private static final TeikitValidation CHECKS_ONLY = TeikitValidation.builder().schemas(List.of()).build();

    private static Report check(String paragraph) {
        return CHECKS_ONLY.validate(Docs.withParagraph(paragraph), "doc.xml");
    }

    private static List<String> lines(String paragraph) {
        return check(paragraph).findings().stream().map(f -> f.severity().word() + " " + f.ruleId() + " " + f.xpath() + " " + f.message()).toList();
    }

    @Test
    void aPointerToNoIdIsAnErrorOnThatAttribute() {
        List<String> l = lines("<persName ref=\"#pers-nobody\">Nobody</persName>");
        assertEquals(List.of("error pointer-unresolved /TEI/text[1]/body[1]/div[1]/p[1]/persName[1]/@ref "
                + "@ref=\"#pers-nobody\" points at #pers-nobody, but no element in this file has xml:id=\"pers-nobody\""), l);
    }

    @Test
    void pointersMayComeBeforeTheirTargetAndListSeveralTargets() {
        assertEquals(List.of(), lines("<ref target=\"#b #c\">see</ref> <seg xml:id=\"b\">b</seg> <seg xml:id=\"c\">c</seg>"));
        assertEquals(List.of("#missing"), check("<ref target=\"#b #missing\">see</ref> <seg xml:id=\"b\">b</seg>").findings().stream()
                .map(f -> f.message().replaceAll(".* points at (#\\S+),.*", "$1")).toList());
    }

    @Test
    void everyPointingAttributeIsChecked() {
        for (String attribute : List.of("ref", "corresp", "target", "resp", "who")) {
            assertEquals(List.of("pointer-unresolved"), check("<seg " + attribute + "=\"#nowhere\">x</seg>").findings().stream()
                    .map(Finding::ruleId).toList(), attribute);
        }
    }

    @Test
    void pointersIntoOtherFilesAndPlainUrlsAreNotThisFilesBusiness() {
        assertEquals(List.of(), lines("<ref target=\"other.xml#x\">a</ref> <ref target=\"https://example.org/#x\">b</ref> <seg ana=\"urn:x\">c</seg>"));
    }

    @Test
    void aSecondUseOfAnIdIsAnErrorNamingTheFirst() {
        Report r = CHECKS_ONLY.validate(Docs.withBody("<p xml:id=\"p1\">a</p>\n<p xml:id=\"p1\">b</p>"), "doc.xml");
        assertEquals(1, r.findings().size());
        Finding f = r.findings().get(0);
        assertEquals("id-unique", f.ruleId());
        assertEquals(14, f.line());
        assertTrue(f.message().contains("already used by an element at line 13"), f.message());
        assertEquals("/TEI/text[1]/body[1]/div[1]/p[2]/@xml:id", f.xpath());
    }

    @Test
    void datesMustBeRealW3cDates() {
        assertEquals(List.of(), lines("<date when=\"1976\">a</date> <date when=\"1976-02\">b</date> <date when=\"1976-02-29\">c</date> "
                + "<date when=\"1976-05-13T14:30:00\">d</date> <date when=\"--02-29\">e</date> <date when=\"-0044-03-15\">f</date>"));
        assertEquals(List.of("date-invalid"), rules("<date when=\"1975-02-29\">a</date>"));
        assertEquals(List.of("date-invalid"), rules("<date when=\"13 May 1976\">a</date>"));
        assertTrue(check("<date when=\"1975-02-29\">x</date>").findings().get(0).message().endsWith("February 1975 has 28 days, so there is no day 29"));
        assertTrue(check("<date when=\"1976-13\">x</date>").findings().get(0).message().endsWith("there is no month 13 (months run from 01 to 12)"));
        assertTrue(check("<date when=\"1976-03-06T03:00\">x</date>").findings().get(0).message().endsWith("a time needs seconds: 1976-03-06T03:00:00"));
        assertTrue(check("<date when=\"976\">x</date>").findings().get(0).message().endsWith("the year needs four digits (0976, not 976)"));
        assertTrue(check("<date when=\"45\">x</date>").findings().get(0).message().endsWith("the year needs four digits (0045, not 45)"));
    }

    @Test
    void periodsMustNotEndBeforeTheyStart() {
        assertEquals(List.of(), rules("<date from=\"1971\" to=\"1971-05\">a</date> <date notBefore=\"1976-05\" notAfter=\"1976\">b</date>"));
        assertEquals(List.of("date-order"), rules("<date from=\"1975\" to=\"1971\">a</date>"));
        assertEquals(List.of("date-order"), rules("<date notBefore=\"1976-06-02\" notAfter=\"1976-06-01\">a</date>"));
        assertEquals(List.of("date-order"), rules("<date from=\"1971-12-31\" to=\"1971-06\">a</date>"));
    }

    @Test
    void pageRangesAndPointersNamedFromAndToAreNotDates() {
        assertEquals(List.of(), lines("<bibl><biblScope unit=\"page\" from=\"45\" to=\"74\">45-74</biblScope></bibl> "
                + "<span from=\"#a\" to=\"#b\">x</span> <anchor xml:id=\"a\"/><anchor xml:id=\"b\"/>"));
    }

    @Test
    void whenDoesNotMixWithAPeriod() {
        assertEquals(List.of("date-when-with-range"), rules("<date when=\"1976\" notBefore=\"1975\" notAfter=\"1977\">a</date>"));
    }

    @Test
    void emptyNamesAndParagraphsAreWarnings() {
        Report r = CHECKS_ONLY.validate(Docs.withBody("<p>Named <persName ref=\"#x\"/> and <placeName> </placeName>.</p>\n<p/>\n<p><pb/></p>")
                .replace("ref=\"#x\"", ""), "doc.xml");
        assertEquals(List.of("warning name-empty", "warning name-empty", "warning p-empty"),
                r.findings().stream().map(f -> f.severity().word() + " " + f.ruleId()).toList());
    }

    @Test
    void aNoteInsideANoteIsAWarning() {
        assertEquals(List.of("warning note-in-note /TEI/text[1]/body[1]/div[1]/p[1]/note[1]/note[1]"),
                check("<note>outer <note>inner</note></note> <note>next <seg type=\"editorial\">fine</seg></note>").findings().stream()
                        .map(f -> f.severity().word() + " " + f.ruleId() + " " + f.xpath()).toList());
    }

    @Test
    void elementsOutsideTheTeiNamespaceAreLeftAlone() {
        assertEquals(List.of(), lines("<x:p xmlns:x=\"urn:other\" ref=\"#nowhere\" when=\"nonsense\"/>"));
    }

    private static List<String> rules(String paragraph) {
        return check(paragraph).findings().stream().map(Finding::ruleId).toList();
    }
}
