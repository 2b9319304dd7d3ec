package org.teikit.validate;

import java.util.List;

/**
 * What a validation run checks, fixed for the run and shared by its threads.
 *
 * @param selection    which schemas check each file
 * @param extraRules   Schematron rules run on every file besides ({@code --schematron})
 * @param grammarOnly  only the RELAX NG grammar: no Schematron, no teikit checks, no tree
 * @param teikitChecks whether teikit's own checks run
 * @param notices      what the run says once rather than per file
 */
record Settings(SchemaSelection selection, List<Schema> extraRules, boolean grammarOnly, boolean teikitChecks, RunNotices notices) {
    Settings {
        extraRules = List.copyOf(extraRules);
    }
}
