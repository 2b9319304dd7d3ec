/**
 * The local schema store: schemas kept under the URLs documents name them by, added or fetched
 * only on request, so that validation runs offline.
 *
 * <p>Layer: above {@code tei}; may use {@code tei} and what lies below it.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.store;
