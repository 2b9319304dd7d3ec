package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.api.Encoded;

/**
 * The headings of a US State Department memorandum of conversation or memorandum ("SUBJECT",
 * "PARTICIPANTS", "MEMORANDUM FOR", "TO", "COPIES TO:") are structure: a labelled field, a list
 * of participants with their offices; the dateline keeps only the place and date; a title in
 * capitals heads the document. Every text here is invented, laid out as the FRUS exports are.
 */
class MemoHeadingsTest {
    private static final XPathContext T = new XPathContext("t", "http://www.tei-c.org/ns/1.0");
    private static final String TOP = "March 3, 1966\n\n12. Memorandum of Conversation\n\nContents:\n\n";

    @TempDir
    Path dir;

    private Document encode(String body) throws IOException {
        Path in = Files.writeString(dir.resolve("memo.txt"), TOP + body);
        Encoded encoded = EncodedTei.encoder().encode(in);
        EncodedTei.assertValidAndLossless(in, encoded);
        return EncodedTei.parse(encoded.bytes());
    }

    private static List<String> values(Document doc, String xpath) {
        Nodes nodes = doc.query(xpath, T);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) out.add(nodes.get(i).getValue().replaceAll("\\s+", " ").strip());
        return out;
    }

    @Test
    void subjectAndParticipantsAreAFieldAndAListNotDatelines() throws IOException {
        Document doc = encode("""
                Ruritania City, March 3, 1966.

                SUBJECT

                Grain Credits for Ruritania

                PARTICIPANTS

                U.S.

                The Secretary

                Mr. Harold P. Quenby, Deputy Assistant Secretary for European Affairs

                Ruritania

                Dr. Tomas Velkor, Ambassador to the U.S.

                Mr. Ivo Brandl (Interpreter)

                The Ambassador opened the talk by thanking the Secretary for receiving him at short notice.[2]

                [1] Source: Central Files, POL RUR-US. Confidential. Drafted by Quenby.

                [2] The request was made on March 1.
                """);
        assertEquals(List.of("Ruritania City, March 3, 1966."), values(doc, "//t:body//t:dateline"));
        assertEquals(List.of("SUBJECT Grain Credits for Ruritania"), values(doc, "//t:body//t:ab[@type='field']"));
        assertEquals(1, doc.query("//t:ab[@type='field']/t:lb", T).size());
        assertEquals(List.of("PARTICIPANTS"), values(doc, "//t:list[@type='participants']/t:head"));
        assertEquals(List.of("U.S.", "The Secretary", "Mr. Harold P. Quenby, Deputy Assistant Secretary for European Affairs",
                "Ruritania", "Dr. Tomas Velkor, Ambassador to the U.S.", "Mr. Ivo Brandl (Interpreter)"),
                values(doc, "//t:list[@type='participants']/t:item"));
        assertTrue(values(doc, "//t:list[@type='participants']//t:persName").containsAll(
                List.of("Harold P. Quenby", "Tomas Velkor", "Ivo Brandl")));
        assertEquals(1, values(doc, "//t:body//t:p").stream().filter(p -> p.startsWith("The Ambassador opened")).count());
    }

    @Test
    void eachParticipantHasTheRestOfTheEntryAsTheOfficeInTheRegister() throws IOException {
        Document doc = encode("""
                Washington, March 3, 1966.

                PARTICIPANTS

                Mr. Harold P. Quenby, Jr., Country Director, EUR/EE

                Dr. Tomas Velkor, Third Secretary, Ruritanian Embassy

                Mr. Ivo Brandl (Interpreter)

                Finnish Country Officer, Eero Lahtinen

                The Ambassador opened the talk by thanking the Secretary for receiving him at short notice.
                """);
        assertEquals(List.of("Country Director, EUR/EE"), values(doc, "//t:person[@xml:id='pers-quenby']/t:occupation"));
        assertEquals(List.of("Third Secretary, Ruritanian Embassy"), values(doc, "//t:person[@xml:id='pers-velkor']/t:occupation"));
        assertEquals(List.of("Interpreter"), values(doc, "//t:person[@xml:id='pers-brandl']/t:occupation"));
        // the office before the name is no person, though a name follows it after a comma
        assertEquals(List.of(), values(doc, "//t:persName[contains(., 'Officer')]"));
    }

    @Test
    void theSourceNoteOnTheTitleIsAFootnoteThoughNoMarkerInTheTextCallsIt() throws IOException {
        Document doc = encode("""
                Washington, March 3, 1966.

                The talks went well and the Ambassador will report on them further.[2]

                TCM

                [1] Source: Central Files, POL RUR-US. Confidential. Drafted by Quenby.

                [2] Telegram 301 from Ruritania City, not printed.
                """);
        assertEquals(List.of("1", "2"), values(doc, "//t:note[@type='footnote']/@n"));
        assertEquals(List.of(), values(doc, "//t:note[@n='1']/@target"));
        // initials that close a memorandum are no person's name
        assertEquals(List.of(), values(doc, "//t:persName[. = 'TCM']"));
        Document alone = encode("""
                Washington, March 3, 1966.

                The talks went well and the Ambassador will report on them further.

                [1] Source: Central Files, POL RUR-US. Confidential.
                """);
        assertEquals(List.of("1"), values(alone, "//t:note[@type='footnote']/@n"));
    }

    @Test
    void addresseesAreAListAndTheSubjectAfterThemAField() throws IOException {
        Document doc = encode("""
                Washington, May 4, 1966.

                MEMORANDUM FOR

                The Secretary of Commerce

                The Director, Bureau of the Budget

                SUBJECT

                Trade with Ruritania

                The attached paper sets out what we propose to do about trade with Ruritania this year.
                """);
        assertEquals(List.of("MEMORANDUM FOR"), values(doc, "//t:list[@type='addressees']/t:head"));
        assertEquals(List.of("The Secretary of Commerce", "The Director, Bureau of the Budget"),
                values(doc, "//t:list[@type='addressees']/t:item"));
        assertEquals(List.of("SUBJECT Trade with Ruritania"), values(doc, "//t:ab[@type='field']"));
    }

    @Test
    void colonHeadingsAndAHeadingThatOpensTheTextAfterTheParticipants() throws IOException {
        Document doc = encode("""
                Ruritania City, June 9, 1967.

                PARTICIPANTS:

                Foreign Minister Ivo Marek

                Ambassador Harold Quenby

                Interpreter

                US Views on Trade Relations

                I opened the talk by listing the points on which we hoped to make progress this year.

                COPIES TO:

                EUR/EE

                Embassy Ruritania City
                """);
        assertEquals(List.of("Foreign Minister Ivo Marek", "Ambassador Harold Quenby", "Interpreter"),
                values(doc, "//t:list[@type='participants']/t:item"));
        assertEquals(List.of("US Views on Trade Relations"), values(doc, "//t:div[@type='section']/t:head"));
        // at the end of the text, "COPIES TO:" is the distribution list it always was
        assertEquals(List.of("COPIES TO: EUR/EE Embassy Ruritania City"), values(doc, "//t:note[@type='distribution']"));
    }

    @Test
    void aTitleInCapitalsUnderThePlaceAndDateHeadsTheDocument() throws IOException {
        Document doc = encode("""
                Washington, undated.

                THE OUTLOOK FOR RURITANIA

                The Problem

                To estimate the course of Ruritanian policy toward the West over the next two years.
                """);
        assertEquals(List.of("Washington, undated."), values(doc, "//t:body//t:dateline"));
        assertEquals(List.of("THE OUTLOOK FOR RURITANIA"), values(doc, "//t:div[@type='document']/t:head"));
        assertEquals(List.of("The Problem"), values(doc, "//t:div[@type='section']/t:head"));
    }

    @Test
    void speechAfterTheListOfThoseAttendingEndsTheList() throws IOException {
        Document doc = encode("""
                Washington, August 2, 1968, 6 p.m.

                THOSE ATTENDING THE MEETING WERE:

                The President

                Secretary Halvorsen

                General Brandt

                Secretary Halvorsen: The reports from the border are worse tonight than this morning.
                """);
        assertEquals(List.of("The President", "Secretary Halvorsen", "General Brandt"),
                values(doc, "//t:list[@type='participants']/t:item"));
        assertEquals(List.of("THOSE ATTENDING THE MEETING WERE:"), values(doc, "//t:list[@type='participants']/t:head"));
    }
}
