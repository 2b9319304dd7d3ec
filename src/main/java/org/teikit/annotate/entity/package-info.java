/**
 * Persons, places and organisations: the built-in data and the user's registers, the rules that
 * find names in context, and the register entries they point to.
 *
 * <p>Layer: part of {@code annotate}; may use {@code annotate} and what lies below it.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.annotate.entity;
