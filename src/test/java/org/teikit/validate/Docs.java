package org.teikit.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small TEI documents for tests, valid against teikit's schema until a test spoils them. */
final class Docs {
    private Docs() { }

    /** A teikit document whose one paragraph holds {@code paragraph} (markup allowed). */
    static String withParagraph(String paragraph) {
        return withBody("<p>" + paragraph + "</p>");
    }

    /** A teikit document whose document div holds {@code divContent}. */
    static String withBody(String divContent) {
        return prolog("") + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
                + "  <teiHeader>\n"
                + "    <fileDesc>\n"
                + "      <titleStmt><title>A test</title></titleStmt>\n"
                + "      <publicationStmt><publisher>Tests</publisher></publicationStmt>\n"
                + "      <sourceDesc><bibl>Made up for a test.</bibl></sourceDesc>\n"
                + "    </fileDesc>\n"
                + "  </teiHeader>\n"
                + "  <text>\n"
                + "    <body>\n"
                + "      <div type=\"document\">\n"
                + "        " + divContent + "\n"
                + "      </div>\n"
                + "    </body>\n"
                + "  </text>\n"
                + "</TEI>\n";
    }

    /** The same document with processing instructions (xml-model…) before the root. */
    static String withProlog(String instructions, String paragraph) {
        return withParagraph(paragraph).replaceFirst("\\?>\n", "?>\n" + instructions + "\n");
    }

    private static String prolog(String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + extra;
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
