/**
 * The command line of {@code teikit.jar}: the picocli commands encode, validate, render, build and
 * schemas.
 *
 * <p>Layer: near the top (only the benchmark harness is above it); may use every package below it.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.cli;
