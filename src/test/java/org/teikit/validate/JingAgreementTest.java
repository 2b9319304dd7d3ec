package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;
import org.teikit.SharedFiles;
import org.teikit.bench.StockJing;

/**
 * On the real TEI of ../shared/corpora, teikit's grammar check against tei_all.rng calls
 * exactly the files invalid that stock Jing (its own ValidationDriver, set up as Jing's command
 * line sets it up) calls invalid; and the TEI's embedded Schematron, as teikit extracts and
 * runs it, finds nothing in them, as the corpora's README says.
 */
@Integration
class JingAgreementTest {

    static List<Path> corpus() throws IOException {
        Path root = SharedFiles.require("corpora");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    @Test
    void teikitAndStockJingCallTheSameFilesInvalid() throws Exception {
        List<Path> files = corpus();
        Path teiAll = SharedFiles.require("tei/tei_all.rng");

        Set<String> jingInvalid = new TreeSet<>();
        StockJing jing = new StockJing(teiAll);
        for (Path f : files) {
            if (!jing.isValid(f)) jingInvalid.add(f.toString());
        }

        Set<String> teikitInvalid = new TreeSet<>();
        Validator teikit = Fixtures.grammarOnly(Fixtures.teiAll());
        for (Path f : files) {
            if (!teikit.validate(f).isValid()) teikitInvalid.add(f.toString());
        }

        long agree = files.stream().filter(f -> jingInvalid.contains(f.toString()) == teikitInvalid.contains(f.toString())).count();
        System.out.printf("verdict agreement with stock Jing: %d/%d files (%d invalid by Jing, %d by teikit)%n",
                agree, files.size(), jingInvalid.size(), teikitInvalid.size());
        assertEquals(jingInvalid, teikitInvalid);
        assertTrue(jingInvalid.size() > 0 && jingInvalid.size() < files.size(), "the corpus should hold valid and invalid files");
    }

    @Test
    void teikitsDateCheckAcceptsEveryDateTheGrammarAccepts() throws Exception {
        Validator grammar = Fixtures.grammarOnly(Fixtures.teiAll());
        TeikitValidation checksOnly = TeikitValidation.builder().schemas(List.of()).build();
        List<String> misfires = corpus().stream().filter(f -> grammar.validate(f).isValid())
                .flatMap(f -> checksOnly.validate(f).findings().stream())
                .filter(f -> f.ruleId().equals("date-invalid")).map(Finding::textLine).toList();
        assertEquals(List.of(), misfires);
    }

    @Test
    void theTeisOwnSchematronFindsNothingInTheCorpora() throws Exception {
        Schema teiAll = Fixtures.teiAll();
        Validator rulesOnly = TeikitValidation.builder().schemas(List.of()).schematron(List.of(teiAll)).teikitChecks(false).build().newValidator();
        List<String> findings = corpus().stream().flatMap(f -> rulesOnly.validate(f).textLines().stream()).toList();
        assertEquals(List.of(), findings);
    }
}
