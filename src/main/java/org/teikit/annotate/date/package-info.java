/**
 * Dates: the patterns of {@code date-patterns.tsv} matched and read to TEI values of exactly the
 * precision the text gives.
 *
 * <p>Layer: part of {@code annotate}; may use {@code annotate} and what lies below it.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.annotate.date;
