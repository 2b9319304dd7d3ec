/**
 * Work over many files: results in input order whatever the thread count, threads with a deep
 * stack, progress lines, the out-of-memory line.
 *
 * <p>Layer: above {@code io}; may use {@code io} and {@code org.teikit}.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.batch;
