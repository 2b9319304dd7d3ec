/**
 * Files in and out: the inputs a command line names, output written atomically, scratch folders,
 * XML readers that fetch nothing.
 *
 * <p>Layer: just above {@code org.teikit}, the only teikit package it may use.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.io;
