package org.teikit.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.teikit.SharedFiles;

/** The validation fixtures and the schemas the tests compile once. */
final class Fixtures {
    static final Path ROOT = Path.of("src/test/resources/fixtures/validate");
    static final Path SHAPE = Path.of("src/test/resources/fixtures/tei/shape.xml");
    private static final Pattern EXPECT = Pattern.compile("<!-- expect: (\\S+)");

    private Fixtures() { }

    static List<Path> xmlFiles(String folder) {
        try (Stream<Path> s = Files.list(ROOT.resolve(folder))) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule id a negative fixture announces in its first comment: {@code <!-- expect: rule-id — why -->}. */
    static String expectedRule(Path p) {
        Matcher m = EXPECT.matcher(read(p));
        if (!m.find()) throw new IllegalStateException(p + " has no <!-- expect: rule-id --> comment");
        return m.group(1);
    }

    static Schema teikitGrammar() {
        return SchemaCompiler.standard().compile(SchemaSource.teikitGrammar());
    }

    /** The official tei_all.rng; skips the calling test when ../shared is absent. */
    static Schema teiAll() {
        Path rng = SharedFiles.require("tei/tei_all.rng");
        return SchemaCompiler.standard().compile(new SchemaSource(rng.toUri(), SchemaLanguage.RELAX_NG, "tei_all.rng"));
    }

    static Validator grammarOnly(Schema schema) {
        return TeikitValidation.builder().schemas(List.of(schema)).grammarOnly(true).build().newValidator();
    }
}
