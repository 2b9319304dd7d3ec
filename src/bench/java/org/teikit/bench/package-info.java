/**
 * The benchmark harness, {@code teikit-bench.jar}, kept out of the product jar: teikit timed
 * against the stock tools, whole process on both sides.
 *
 * <p>Layer: the top; may use every package, and runs the command line in JVMs of its own.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.bench;
