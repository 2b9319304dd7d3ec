package org.teikit.validate;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A compiled schema, immutable and thread-safe: a RELAX NG grammar with the Schematron it
 * embeds, or Schematron rules alone. Compile once with {@link SchemaCompiler}, then validate
 * any number of files on any number of threads, one {@link Validator} per thread.
 */
public final class Schema {
    private final SchemaSource source;
    private final @Nullable Grammar grammar;
    private final java.util.function.@Nullable Supplier<@Nullable Schematron> compileRules;
    private volatile boolean rulesCompiled;
    private @Nullable Schematron rules;

    /**
     * @param compileRules makes the Schematron rules, or null when there are none; called once,
     *                     when they are first needed, since a grammar-only run never needs them
     */
    Schema(SchemaSource source, @Nullable Grammar grammar, java.util.function.@Nullable Supplier<@Nullable Schematron> compileRules) {
        this.source = source;
        this.grammar = grammar;
        this.compileRules = compileRules;
    }

    public SchemaSource source() {
        return source;
    }

    public Optional<Grammar> grammar() {
        return Optional.ofNullable(grammar);
    }

    /**
     * The Schematron rules: a Schematron file's, or those embedded in the RELAX NG grammar;
     * compiled on first call. Rules that do not compile are a {@link org.teikit.InputException}.
     */
    public Optional<Schematron> rules() {
        if (!rulesCompiled) {
            synchronized (this) {
                if (!rulesCompiled) {
                    rules = compileRules == null ? null : compileRules.get();
                    rulesCompiled = true;
                }
            }
        }
        return Optional.ofNullable(rules);
    }

    /** A validator against this schema alone (grammar and its Schematron); use one per thread. */
    public Validator newValidator() {
        return TeikitValidation.builder().schemas(java.util.List.of(this)).teikitChecks(false).build().newValidator();
    }
}
