/**
 * TEI to an HTML reading edition and to plain text through compiled XSLT (Saxon), one file or a
 * corpus site with its index and registers.
 *
 * <p>Layer: beside {@code validate}, which it may not use; may use {@code store} and what lies
 * below it.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.render;
