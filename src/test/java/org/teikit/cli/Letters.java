package org.teikit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small corpus of short embassy letters, quick to build, each with its own date and people. */
final class Letters {
    private static final String LETTER = """
            Embassy of Ruritania
            Strelsau, %s

            Note

            Comrade %s informed the Embassy about the harvest in Zenda. %s

            [Signed] Sapt Attache
            """;
    private static final String[][] DOCS = {
        {"early", "3 May 1961", "Rassendyll"},
        {"middle", "9 June 1962", "Hentzau"},
        {"late", "1 July 1963", "Flavia"},
        {"later", "2 August 1964", "Detchard"},
        {"latest", "5 September 1965", "Bersonin"},
    };

    private Letters() { }

    /** Writes the letters into {@code dir} as NAME.txt. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String[] d : DOCS) Files.writeString(dir.resolve(d[0] + ".txt"), LETTER.formatted(d[1], d[2], ""));
        return dir;
    }

    /** Rewrites one letter with an extra sentence: its text changes, not its date or title. */
    static void amend(Path dir, String name, String sentence) throws IOException {
        for (String[] d : DOCS) {
            if (d[0].equals(name)) Files.writeString(dir.resolve(name + ".txt"), LETTER.formatted(d[1], d[2], sentence));
        }
    }
}
