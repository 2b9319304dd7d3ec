/**
 * Validation of any TEI: RELAX NG through Jing, Schematron, teikit's own rule checks, and the
 * report as text, JSON or SVRL.
 *
 * <p>Layer: beside {@code render}, which it may not use; may use {@code store}, {@code tei} and
 * what lies below them.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.validate;
