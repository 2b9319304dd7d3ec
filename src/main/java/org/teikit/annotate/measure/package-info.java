/**
 * Quantities with a unit ("475 million Rubles", "ninety miles"), their numbers read as written.
 *
 * <p>Layer: part of {@code annotate}; may use {@code annotate} and what lies below it.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.annotate.measure;
