package org.teikit.validate;

import java.io.PrintWriter;

/** One finding a line, the way compilers report, so editors and CI can jump to each. */
final class TextReportWriter implements ReportWriter {
    private final PrintWriter out;

    TextReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin() { }

    @Override
    public void file(Report report) {
        for (Finding f : report.findings()) out.println(f.textLine());
        out.flush();
    }

    @Override
    public void run(java.util.List<Finding> notices) {
        for (Finding f : notices) out.println(f.textLine());
    }

    @Override
    public void end(Summary summary) {
        out.println(summary.line());
        out.flush();
    }
}
