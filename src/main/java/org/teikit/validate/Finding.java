package org.teikit.validate;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a validator found in one file.
 *
 * @param file     the file as the user named it
 * @param line     1-based line, or 0 when the finding is about the whole file
 * @param column   1-based column, or 0 when unknown
 * @param severity error or warning
 * @param ruleId   which check found it ({@code rng-element-not-allowed}, {@code pointer-unresolved}, a Schematron id…)
 * @param message  what is wrong, in the editor's words
 * @param xpath    the node it is about ({@code /TEI/text[1]/body[1]/div[2]/p[3]}), or empty when there is none
 */
public record Finding(String file, int line, int column, Severity severity, String ruleId, String message, String xpath) {

    /** Document order: file-level findings first, then by line and column. */
    public static final Comparator<Finding> DOCUMENT_ORDER =
            Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column);

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        xpath = xpath == null ? "" : xpath;
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /** The rule of a schema that could not be had: the file is "not checked" rather than valid or invalid. */
    public static final String NOT_CHECKED_RULE = "schema-unavailable";

    /** A declared schema that is not available: reported as a warning, counted as "not checked". */
    public static Finding notChecked(String file, int line, int column, String why) {
        return new Finding(file, line, column, Severity.WARNING, NOT_CHECKED_RULE, "not checked: " + why, "");
    }

    public boolean meansNotChecked() {
        return ruleId.equals(NOT_CHECKED_RULE);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COL: error|warning: MESSAGE [rule-id]}, the line editors and CI parse. */
    public String textLine() {
        // A finding about the whole run has no file; like a compiler driver, teikit names itself.
        StringBuilder sb = new StringBuilder(file.isEmpty() ? "teikit" : file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        sb.append(": ").append(severity.word()).append(": ").append(message.replaceAll("\\s+", " ").strip());
        sb.append(" [").append(ruleId).append(']');
        return sb.toString();
    }
}
