/**
 * A record and its spans to a TEI P5 document (XOM): header, standOff registers, body, serialised,
 * and the check that no line of the source was lost.
 *
 * <p>Layer: above {@code annotate}; may use {@code annotate}, {@code source} and what lies below
 * them.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.tei;
