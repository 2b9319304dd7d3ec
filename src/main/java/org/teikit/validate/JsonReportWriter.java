package org.teikit.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * {@code {"files": [{"file", "valid", "outcome", "errors", "warnings", "findings": [...]}], "notices": [...], "summary": {...}}},
 * streamed file by file so a run over a whole corpus never holds its report in memory.
 */
final class JsonReportWriter implements ReportWriter {
    private final JsonGenerator json;
    private final boolean strict;

    JsonReportWriter(PrintWriter out, boolean strict) {
        this.strict = strict;
        try {
            this.json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin() {
        write(() -> {
            json.writeStartObject();
            json.writeArrayFieldStart("files");
        });
    }

    @Override
    public void file(Report report) {
        write(() -> {
            json.writeStartObject();
            json.writeStringField("file", report.file());
            json.writeBooleanField("valid", report.isValid(strict));
            json.writeStringField("outcome", report.outcome(strict).word());
            json.writeNumberField("errors", report.errors());
            json.writeNumberField("warnings", report.warnings());
            json.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) writeFinding(f);
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        });
    }

    private void writeFinding(Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", f.file());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeStringField("severity", f.severity().word());
        json.writeStringField("rule", f.ruleId());
        json.writeStringField("message", f.message());
        json.writeStringField("xpath", f.xpath());
        json.writeEndObject();
    }

    @Override
    public void run(java.util.List<Finding> notices) {
        write(() -> {
            json.writeEndArray();
            json.writeArrayFieldStart("notices");
            for (Finding f : notices) writeFinding(f);
        });
    }

    @Override
    public void end(Summary summary) {
        write(() -> {
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", summary.files());
            json.writeNumberField("valid", summary.valid());
            json.writeNumberField("invalid", summary.invalid());
            json.writeNumberField("notChecked", summary.notChecked());
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        });
    }

    private interface JsonStep {
        void run() throws IOException;
    }

    private static void write(JsonStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
