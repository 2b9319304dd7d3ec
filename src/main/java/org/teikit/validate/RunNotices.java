package org.teikit.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * What a run says once rather than for every file ("12 files declare no schema…"): each notice
 * counts the files it concerns and is written after the last file, before the summary, as a
 * finding without a file. Thread-safe.
 */
final class RunNotices {
    private record Notice(Severity severity, LongFunction<String> message, long files) { }

    private final Map<String, Notice> notices = new LinkedHashMap<>();

    /** One more file concerned by the notice {@code ruleId}; the message is made from the final count. */
    synchronized void add(Severity severity, String ruleId, LongFunction<String> message) {
        notices.merge(ruleId, new Notice(severity, message, 1), (a, b) -> new Notice(a.severity, a.message, a.files + 1));
    }

    /** The notices so far, and forgets them (a validation can serve several runs). */
    synchronized List<Finding> drain() {
        List<Finding> out = new ArrayList<>();
        notices.forEach((rule, n) -> out.add(new Finding("", 0, 0, n.severity, rule, n.message.apply(n.files), "")));
        notices.clear();
        return out;
    }

    static String files(long n) {
        return n == 1 ? "1 file" : n + " files";
    }
}
