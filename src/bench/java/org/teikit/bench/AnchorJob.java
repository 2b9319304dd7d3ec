package org.teikit.bench;

import java.util.List;

/**
 * One job done both ways, each a whole process: teikit's command line and the anchor's, on the
 * same files.
 *
 * @param name      what the job is, as the table names it
 * @param teikit    teikit's command line
 * @param anchor    the anchor's command line, or null when the anchor is not at hand
 * @param files     how many files the job covers
 * @param megabytes their size in MB (10^6 bytes)
 */
record AnchorJob(String name, List<String> teikit, List<String> anchor, int files, double megabytes) {
    AnchorJob {
        teikit = List.copyOf(teikit);
        anchor = anchor == null ? null : List.copyOf(anchor);
    }
}
