/**
 * What every package shares: {@link org.teikit.TeikitException}, the one-line error a user sees,
 * and {@link org.teikit.Version}.
 *
 * <p>Layer: the lowest; uses no other teikit package.
 */
@org.jspecify.annotations.NullMarked
package org.teikit;
