package org.teikit.bench;

import java.util.Locale;

/**
 * A job's figures: the median time and peak memory of each side's runs, and their exit statuses.
 *
 * @param anchorSeconds NaN when the anchor was not run
 */
record AnchorRow(String job, int files, double megabytes, double teikitSeconds, long teikitRss, String teikitExits,
                 double anchorSeconds, long anchorRss, String anchorExits) {

    /** How many times faster teikit was (below 1: slower). */
    double ratio() {
        return anchorSeconds / teikitSeconds;
    }

    static final String HEADER = String.format(Locale.ROOT, "%-34s %9s %9s %7s %9s %9s %9s %9s  %s",
            "job", "teikit s", "anchor s", "ratio", "teikit", "anchor", "teikit", "anchor", "exit status (teikit / anchor)");
    static final String UNITS = String.format(Locale.ROOT, "%-34s %9s %9s %7s %9s %9s %9s %9s",
            "", "", "", "", "MB/s", "MB/s", "RSS MB", "RSS MB");

    String line() {
        boolean anchor = !Double.isNaN(anchorSeconds);
        return String.format(Locale.ROOT, "%-34s %9.2f %9s %7s %9.2f %9s %9s %9s  %s / %s",
                job, teikitSeconds,
                anchor ? String.format(Locale.ROOT, "%.2f", anchorSeconds) : "-",
                anchor ? String.format(Locale.ROOT, "%.2fx", ratio()) : "-",
                megabytes / teikitSeconds,
                anchor ? String.format(Locale.ROOT, "%.2f", megabytes / anchorSeconds) : "-",
                rss(teikitRss), anchor ? rss(anchorRss) : "-", teikitExits, anchor ? anchorExits : "-");
    }

    private static String rss(long bytes) {
        return bytes <= 0 ? "?" : String.format(Locale.ROOT, "%.0f", bytes / 1e6);
    }
}
