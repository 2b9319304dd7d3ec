package org.teikit.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What a run says once rather than for every file ("12 files declare no schema…"): each notice
 * counts the files it concerns and is written after the last file, before the summary, as a
 * finding without a file. Thread-safe.
 */
final class RunNotices {
    private record Notice(Severity severity, LongFunction<String> message, Set<String> files) { }

    private final Map<String, Notice> notices = new LinkedHashMap<>();

    /** {@code file} is concerned by the notice {@code ruleId} (once, however often it is said); the message is made from the final count. */
    synchronized void add(Severity severity, String ruleId, String file, LongFunction<String> message) {
        notices.computeIfAbsent(ruleId, r -> new Notice(severity, message, new HashSet<>())).files.add(file);
    }

    /** The notices so far, and forgets them (a validation can serve several runs). */
    synchronized List<Finding> drain() {
        List<Finding> out = new ArrayList<>();
        notices.forEach((rule, n) -> out.add(new Finding("", 0, 0, n.severity, rule, n.message.apply(n.files.size()), "")));
        notices.clear();
        return out;
    }

    static String files(long n) {
        return n == 1 ? "1 file" : n + " files";
    }
}
