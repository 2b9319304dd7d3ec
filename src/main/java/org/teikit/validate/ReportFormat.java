package org.teikit.validate;

import java.io.PrintWriter;

/** The report formats of {@code teikit validate --format}. */
public enum ReportFormat {
    /** {@code FILE:LINE:COL: error|warning: MESSAGE [rule-id]}, then the summary line. */
    TEXT,
    /** The same findings with their XPath, and the summary, as one JSON object. */
    JSON,
    /** Schematron Validation Report Language, for Schematron tool chains. */
    SVRL;

    public ReportWriter writer(PrintWriter out, boolean strict) {
        return switch (this) {
            case TEXT -> new TextReportWriter(out);
            case JSON -> new JsonReportWriter(out, strict);
            case SVRL -> new SvrlReportWriter(out, strict);
        };
    }
}
