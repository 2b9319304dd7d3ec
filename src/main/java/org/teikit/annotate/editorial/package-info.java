/**
 * The editor's square brackets, footnote markers and evident OCR slips, as marks (supplied, gap,
 * note, sic and corr).
 *
 * <p>Layer: part of {@code annotate}; may use {@code annotate} and what lies below it.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.annotate.editorial;
