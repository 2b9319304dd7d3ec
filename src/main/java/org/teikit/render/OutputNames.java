package org.teikit.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teikit.InputException;
import org.teikit.io.InputFiles;

/** Inputs name their outputs ({@code a/letter.xml} → {@code letter.html}); no two may share one. */
final class OutputNames {
    private OutputNames() { }

    static String stem(Path file) {
        return InputFiles.renamed(file, "");
    }

    /** A file named twice is rendered once; {@code a/x.xml} and {@code b/x.xml} would both write x.*. */
    static List<Path> distinct(List<Path> files) {
        Map<String, Path> seen = new HashMap<>();
        List<Path> distinct = new ArrayList<>();
        for (Path f : files) {
            Path earlier = seen.putIfAbsent(stem(f), f);
            if (earlier == null) {
                distinct.add(f);
            } else if (!earlier.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize())) {
                throw new InputException(f.toString(), "has the same name as " + earlier + ", so both would be written to "
                        + stem(f) + ".*", "rename one of them or render them into different directories");
            }
        }
        return distinct;
    }
}
