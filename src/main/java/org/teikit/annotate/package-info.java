/**
 * The recognisers over a record's texts (dates, measures, editorial marks, persons, places,
 * organisations) as spans, made to nest, and the register they point at.
 *
 * <p>Layer: above {@code source}; may use its sub-packages, {@code source} and what lies below it.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.annotate;
