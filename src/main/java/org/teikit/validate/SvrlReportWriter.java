package org.teikit.validate;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The run as SVRL (ISO Schematron's report language): one {@code active-pattern} per file,
 * followed by a {@code failed-assert} per finding, with the XPath as {@code location}, the rule
 * id as {@code id}, the severity as {@code role}, and the line and column in teikit's namespace.
 */
final class SvrlReportWriter implements ReportWriter {
    static final String TEIKIT_NS = "urn:teikit:validate";

    private final PrintWriter out;
    private final boolean strict;

    SvrlReportWriter(PrintWriter out, boolean strict) {
        this.out = out;
        this.strict = strict;
    }

    @Override
    public void begin() {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<svrl:schematron-output xmlns:svrl=\"" + Schematron.SVRL_NS + "\" xmlns:teikit=\"" + TEIKIT_NS
                + "\" title=\"teikit validate\">");
    }

    @Override
    public void file(Report report) {
        out.println("  <svrl:active-pattern documents=\"" + attr(report.file()) + "\" name=\"" + attr(report.file())
                + "\" teikit:valid=\"" + report.isValid(strict) + "\" teikit:outcome=\"" + report.outcome(strict).word() + "\"/>");
        for (Finding f : report.findings()) {
            out.println("  <svrl:failed-assert test=\"" + attr(f.ruleId()) + "\" id=\"" + attr(f.ruleId())
                    + "\" role=\"" + f.severity().word() + "\" location=\"" + attr(f.xpath().isEmpty() ? "/" : f.xpath())
                    + "\" teikit:file=\"" + attr(f.file()) + "\" teikit:line=\"" + f.line() + "\" teikit:column=\"" + f.column() + "\">");
            out.println("    <svrl:text>" + text(f.message()) + "</svrl:text>");
            out.println("  </svrl:failed-assert>");
        }
        out.flush();
    }

    @Override
    public void run(java.util.List<Finding> notices) {
        for (Finding f : notices) {
            out.println("  <teikit:notice id=\"" + attr(f.ruleId()) + "\" role=\"" + f.severity().word() + "\">" + text(f.message()) + "</teikit:notice>");
        }
    }

    @Override
    public void end(Summary summary) {
        out.println(String.format(Locale.ROOT, "  <teikit:summary files=\"%d\" valid=\"%d\" invalid=\"%d\" not-checked=\"%d\" errors=\"%d\" warnings=\"%d\"/>",
                summary.files(), summary.valid(), summary.invalid(), summary.notChecked(), summary.errors(), summary.warnings()));
        out.println("</svrl:schematron-output>");
        out.flush();
    }

    private static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
