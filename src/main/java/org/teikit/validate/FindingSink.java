package org.teikit.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one file as the checks make them. */
final class FindingSink {
    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    FindingSink(String file) {
        this.file = file;
    }

    void add(Severity severity, String ruleId, String message, int line, int column, String xpath) {
        findings.add(new Finding(file, line, column, severity, ruleId, message, xpath));
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    String file() {
        return file;
    }

    void error(String ruleId, String message, ElementPath.Frame at) {
        add(Severity.ERROR, ruleId, message, at.line, at.column, at.xpath());
    }

    void warning(String ruleId, String message, ElementPath.Frame at) {
        add(Severity.WARNING, ruleId, message, at.line, at.column, at.xpath());
    }

    List<Finding> findings() {
        return findings;
    }
}
