package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The stylesheets of teikit's own rules are made at build time and found in the jar under the
 * key the cache computes at run time: if the two keys drift apart, every encode pays SchXslt2 again.
 */
class BundledSchematronTest {
    @Test
    void teikitsOwnRulesAreBundledUnderTheKeyTheCacheComputes() {
        for (SchemaSource source : new SchemaSource[] {
                SchemaSource.teikitGrammar().as(SchemaLanguage.SCHEMATRON), SchemaSource.teikitRules()}) {
            String key = SchematronCache.none().key(source).orElseThrow();
            Optional<String> bundled = BundledSchematron.get(key);
            assertTrue(bundled.isPresent(), "no bundled stylesheet for " + source.name() + " under " + key);
            assertTrue(bundled.get().equals(SchematronCache.NONE) || bundled.get().contains("http://www.w3.org/1999/XSL/Transform"),
                    source.name() + ": " + bundled.get());
        }
    }

    @Test
    void theRulesFileIsAStylesheetThatReportsTeikitsAssertions() {
        String key = SchematronCache.none().key(SchemaSource.teikitRules()).orElseThrow();
        assertTrue(BundledSchematron.get(key).orElseThrow().contains("svrl:failed-assert"));
    }

    @Test
    void aSchemaOfSomeoneElseIsNotBundled() {
        assertTrue(BundledSchematron.get("0".repeat(64)).isEmpty());
    }
}
