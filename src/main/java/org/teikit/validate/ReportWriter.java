package org.teikit.validate;

/**
 * Writes a run's reports as they come, file by file in the run's order, then the summary.
 * One implementation per {@link ReportFormat}.
 */
public interface ReportWriter {
    void begin();

    void file(Report report);

    /** The run's own findings (no file), after the last file and before the summary. */
    default void run(java.util.List<Finding> notices) { }

    void end(Summary summary);
}
