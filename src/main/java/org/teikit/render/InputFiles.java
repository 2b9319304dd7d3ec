package org.teikit.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.teikit.TeikitException;

/** The TEI files named on a command line: files as given, directories as the .xml files in them. */
public final class InputFiles {
    private InputFiles() { }

    public static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path arg : arguments) {
            if (Files.isDirectory(arg)) {
                List<Path> inDir = xmlFilesIn(arg);
                if (inDir.isEmpty()) {
                    throw new TeikitException(arg.toString(), "no .xml files in this directory",
                            "give TEI files, or a directory that holds files ending in .xml");
                }
                files.addAll(inDir);
            } else if (Files.isRegularFile(arg)) {
                files.add(arg);
            } else {
                throw new TeikitException(arg.toString(), Files.exists(arg) ? "not a regular file" : "no such file or directory",
                        "check the path");
            }
        }
        return distinctNames(files);
    }

    /** {@code letter.xml} → {@code letter}: the name its outputs take. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static List<Path> xmlFilesIn(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new TeikitException(dir.toString(), "cannot list the directory: " + e.getMessage(), "check its permissions", e);
        }
    }

    /** A file named twice is rendered once; two inputs called a/x.xml and b/x.xml would both write x.html. */
    static List<Path> distinctNames(List<Path> files) {
        Map<String, Path> seen = new HashMap<>();
        List<Path> distinct = new ArrayList<>();
        for (Path f : files) {
            Path earlier = seen.putIfAbsent(stem(f), f);
            if (earlier == null) {
                distinct.add(f);
            } else if (!earlier.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize())) {
                throw new TeikitException(f.toString(), "has the same name as " + earlier + ", so both would be written to "
                        + stem(f) + ".*", "rename one of them or render them into different directories");
            }
        }
        return distinct;
    }
}
