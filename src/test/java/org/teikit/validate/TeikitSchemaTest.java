package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Integration;

/** schema/teikit.rng: accepts what the encoder writes, refuses the rest, and never more than tei_all. */
class TeikitSchemaTest {

    static Stream<Path> valid() {
        return Stream.concat(Stream.of(Fixtures.SHAPE), Fixtures.xmlFiles("teikit/valid").stream());
    }

    static Stream<Path> invalid() {
        return Fixtures.xmlFiles("teikit/invalid").stream();
    }

    @Test
    void shapeContractPassesTeikitsWholeValidationWithoutAWarning() {
        Report report = TeikitValidation.teikit().validate(Fixtures.SHAPE);
        assertEquals(List.of(), report.textLines());
    }

    @ParameterizedTest
    @MethodSource("valid")
    void acceptsWhatTheEncoderWrites(Path fixture) {
        Report report = Fixtures.grammarOnly(Fixtures.teikitGrammar()).validate(fixture);
        assertEquals(List.of(), report.textLines());
    }

    @Integration
    @ParameterizedTest
    @MethodSource("valid")
    void whatItAcceptsTeiAllAcceptsToo(Path fixture) {
        Report report = Fixtures.grammarOnly(Fixtures.teiAll()).validate(fixture);
        assertEquals(List.of(), report.textLines());
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void refusesWhatTheEncoderNeverWrites(Path fixture) {
        Report report = Fixtures.grammarOnly(Fixtures.teikitGrammar()).validate(fixture);
        String rule = Fixtures.expectedRule(fixture);
        assertFalse(report.isValid(), fixture + " should be invalid");
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals(rule)),
                fixture + " should give " + rule + " but gave " + report.textLines());
    }

    @Test
    void bundledSchematronRulesRunWithTheTeikitFacade() {
        String doc = Fixtures.read(Fixtures.SHAPE).replace("<desc>...</desc>", "");
        Report report = TeikitValidation.teikit().validate(doc, "no-desc.xml");
        assertEquals(List.of("teikit-gap-keeps-source-text"), report.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void aRegisterEntryNoTextMentionsIsAWarning() {
        String doc = Fixtures.read(Fixtures.SHAPE).replace("<listPerson>",
                "<listPerson><person xml:id=\"pers-nobody\"><persName>Nobody</persName></person>");
        Report report = TeikitValidation.teikit().validate(doc, "unmentioned.xml");
        List<Finding> unmentioned = report.findings().stream().filter(f -> f.ruleId().equals("teikit-register-entry-mentioned")).toList();
        assertEquals(1, unmentioned.size(), report.textLines().toString());
        assertTrue(unmentioned.get(0).message().contains("pers-nobody"), unmentioned.get(0).message());
        assertEquals(Severity.WARNING, unmentioned.get(0).severity());
    }
}
