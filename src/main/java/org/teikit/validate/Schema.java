package org.teikit.validate;

import java.util.Optional;

/**
 * A compiled schema, immutable and thread-safe: a RELAX NG grammar with the Schematron it
 * embeds, or Schematron rules alone. Compile once with {@link SchemaCompiler}, then validate
 * any number of files on any number of threads, one {@link Validator} per thread.
 */
public final class Schema {
    private final SchemaSource source;
    private final Grammar grammar;
    private final Schematron rules;

    Schema(SchemaSource source, Grammar grammar, Schematron rules) {
        this.source = source;
        this.grammar = grammar;
        this.rules = rules;
    }

    public SchemaSource source() {
        return source;
    }

    public Optional<Grammar> grammar() {
        return Optional.ofNullable(grammar);
    }

    /** The Schematron rules: a Schematron file's, or those embedded in the RELAX NG grammar. */
    public Optional<Schematron> rules() {
        return Optional.ofNullable(rules);
    }

    /** A validator against this schema alone (grammar and its Schematron); use one per thread. */
    public Validator newValidator() {
        return TeikitValidation.builder().schemas(java.util.List.of(this)).teikitChecks(false).build().newValidator();
    }
}
