package org.teikit.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a grammar with xsd:ID and date datatypes and one of teikit's checks find the same fault
 * (a bad @when, a reused xml:id) at the same place, the report says it once, in the check's
 * more specific words ("February 1975 has 28 days").
 */
final class Overlaps {
    /** teikit checks that restate what such a grammar says. */
    private static final Set<String> CHECKS = Set.of("date-invalid", "id-unique");
    /** The grammar findings they restate. */
    private static final Set<String> GRAMMAR = Set.of("rng-attribute-value", "id-unique");

    private Overlaps() { }

    /** The grammar findings without those a check finding restates at the same line, column and XPath. */
    static List<Finding> withoutRestated(List<Finding> grammar, List<Finding> checks) {
        Set<String> places = new HashSet<>();
        for (Finding f : checks) {
            if (CHECKS.contains(f.ruleId())) places.add(place(f));
        }
        if (places.isEmpty()) return grammar;
        return grammar.stream().filter(f -> !(GRAMMAR.contains(f.ruleId()) && places.contains(place(f)))).toList();
    }

    private static String place(Finding f) {
        return f.line() + ":" + f.column() + ":" + f.xpath();
    }
}
