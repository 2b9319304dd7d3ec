package org.teikit.annotate.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The entity recognisers' word lists and tables, read through {@link org.teikit.annotate.DataFile}
 * from beside this package: lists are the first column of each row, table rows are padded so an
 * empty last column reads as "".
 */
final class DataFile {
    private DataFile() { }

    /** The entries of a bundled word list. */
    static List<String> lines(String name) {
        return org.teikit.annotate.DataFile.rows(DataFile.class, name).stream().map(r -> r[0].strip()).toList();
    }

    /** The rows of a bundled table, padded to {@code columns} cells, each cell stripped. */
    static List<String[]> rows(String name, int columns) {
        return org.teikit.annotate.DataFile.rows(DataFile.class, name).stream().map(r -> {
            String[] cells = Arrays.copyOf(r, Math.max(columns, r.length));
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i] == null ? "" : cells[i].strip();
            return cells;
        }).toList();
    }

    /** The parts of a |-separated cell, without blanks. */
    static List<String> alternatives(String cell) {
        return cell == null || cell.isBlank() ? List.of()
                : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
