/**
 * Bytes to text (encodings, byte order marks, line ends, bad bytes) and the export's layout to an
 * {@link org.teikit.source.ArchiveRecord}: metadata and body blocks with their offsets.
 *
 * <p>Layer: above {@code batch}; may use {@code batch}, {@code io} and {@code org.teikit}; knows
 * nothing of XML.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.source;
