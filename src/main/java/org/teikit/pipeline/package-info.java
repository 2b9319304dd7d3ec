/**
 * The stages chained: a text encoded to TEI and checked (degrading, never dropping), and a corpus
 * built into a site.
 *
 * <p>Layer: above {@code validate} and {@code render}; may use them and every package below.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.pipeline;
