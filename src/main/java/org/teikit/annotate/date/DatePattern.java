package org.teikit.annotate.date;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One way of writing a date, from {@code date-patterns.tsv}.
 *
 * @param form   how a match is read
 * @param args   the form's arguments ("-1", "DOCUMENT"), empty where it takes none
 * @param regex  the pattern with its pieces expanded
 * @param groups the named groups the pattern has
 * @param order  its line in the table: the earlier of two equally long matches wins
 * @param need   what a stretch of text must hold for the pattern to match in it
 * @param start  the characters a match can begin with
 * @param search the pattern behind a look-ahead for those characters: the same matches, found sooner
 */
record DatePattern(DateForm form, List<String> args, Pattern regex, Set<String> groups, int order, Need need,
                   Initials start, Pattern search) {
    DatePattern {
        args = List.copyOf(args);
        groups = Set.copyOf(groups);
    }
}
