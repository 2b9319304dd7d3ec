package org.teikit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.InputException;
import org.teikit.render.Renderer;
import org.teikit.render.TeiReader;
import org.teikit.render.Validity;
import org.teikit.store.SchemaStore;
import org.teikit.validate.TeikitValidation;

/**
 * A site build checks each TEI file and keeps its tree from the validator's one parse: the tree
 * must be the one the reader would make, and a file the reader reads otherwise, or refuses, must
 * meet the reader itself.
 */
class TeiCheckTest {
    @TempDir
    Path dir;

    private static final String TEI = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"?>
            <?xml-stylesheet type="text/css" href="x.css"?>
            <!-- a comment the reader does not keep -->
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:ex="urn:example"><teiHeader><fileDesc><titleStmt>
            <title>A &amp; B</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc>
            </fileDesc></teiHeader><text><body xml:id="b"><p ex:n="1">Text &lt; more<![CDATA[ & raw ]]><!-- inner --><?pi here?>
              <persName ref="#x">Anna</persName>&#x2014;end</p></body></text></TEI>
            """;

    private TeiCheck check() throws IOException {
        return new TeiCheck(List.of(), SchemaStore.at(Files.createDirectories(dir.resolve("store"))));
    }

    private Path file(String name, String xml) throws IOException {
        return Files.writeString(dir.resolve(name), xml);
    }

    /** The tree as the reader would make it, compared by what it holds, its base URI included. */
    private static void assertSameTree(XdmNode expected, XdmNode actual) {
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected.getBaseURI(), actual.getBaseURI());
        assertEquals(expected.children().iterator().next().toString(), actual.children().iterator().next().toString());
    }

    @Test
    void theTreeFromTheValidatorsParseIsTheReadersTree() throws IOException {
        Path f = file("doc.xml", TEI);
        TeiCheck.Checked c = check().check(f);
        assertSameTree(Renderer.get().read(f), c.tei());
        // Made from the validator's parse indeed: the reader's tee, fed by it, gives the same tree.
        TeiReader.Tee tee = Renderer.get().reader().tee(f);
        assertNull(tee.tree(), "no tree before a parse has fed it");
        TeikitValidation.builder().build().validate(f, tee);
        assertNotNull(tee.tree());
        assertSameTree(Renderer.get().read(f), tee.tree());
    }

    @Test
    void aFileWithADoctypeIsReadByTheReaderItself() throws IOException {
        Path f = file("dtd.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE TEI [ <!ENTITY who "Anna Maria"> ]>
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
                <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                <text><body><p>&who; wrote.</p></body></text></TEI>
                """);
        TeiReader.Tee tee = Renderer.get().reader().tee(f);
        TeikitValidation.builder().build().validate(f, tee);
        assertNull(tee.tree(), "the reader bounds a DOCTYPE's entities itself");
        TeiCheck.Checked c = check().check(f);
        assertSameTree(Renderer.get().read(f), c.tei());
        assertTrue(c.tei().toString().contains("Anna Maria wrote."));
    }

    @Test
    void aFileThatIsNotWellFormedFailsWithTheReadersMessage() throws IOException {
        Path f = file("broken.xml", TEI.replace("</p></body>", "</body>"));
        InputException viaCheck = assertThrows(InputException.class, () -> check().check(f));
        InputException viaReader = assertThrows(InputException.class, () -> Renderer.get().read(f));
        assertEquals(viaReader.getMessage(), viaCheck.getMessage());
    }

    @Test
    void aFileWhoseRootIsNotTeiFailsAsTheReaderSaysIt() throws IOException {
        Path f = file("other.xml", "<html><body/></html>");
        InputException e = assertThrows(InputException.class, () -> check().check(f));
        assertTrue(e.getMessage().contains("not a TEI document: the root element is html"), e.getMessage());
    }

    @Test
    void whatTheCheckFindsStillFlagsTheFile() throws IOException {
        // An xml:id twice: a finding of teikit's rules, from the same parse that made the tree.
        Path f = file("twice.xml", TEI.replace("<p ex:n=\"1\">", "<p xml:id=\"b\">"));
        TeiCheck.Checked c = check().check(f);
        assertEquals(Validity.INVALID, c.validity().state());
        assertSameTree(Renderer.get().read(f), c.tei());
    }
}
