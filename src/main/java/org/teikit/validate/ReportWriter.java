package org.teikit.validate;

/**
 * Writes a run's reports as they come, file by file in the run's order, then the summary.
 * One implementation per {@link ReportFormat}.
 */
public interface ReportWriter {
    void begin();

    void file(Report report);

    void end(Summary summary);
}
