package org.teikit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.teikit.InputException;
import org.teikit.TeikitException;

/**
 * The files a command line names: files as given, directories searched recursively for a glob
 * ({@code *.txt}, {@code *.xml}), in a stable order so reports and outputs never depend on the
 * file system's listing order. Paths that do not exist, or directories with nothing to take,
 * come back as problems for the command to report.
 */
public final class InputFiles {
    private InputFiles() { }

    /** What was found, and what could not be. */
    public record Found(List<Path> files, List<TeikitException> problems) {
        public Found {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param paths files and directories from the command line
     * @param glob  what to take from directories, e.g. {@code "*.txt"} (matched against file names)
     */
    public static Found expand(List<Path> paths, String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> files = new ArrayList<>();
        List<TeikitException> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inDir = walk(p, matcher);
                if (inDir.isEmpty()) {
                    problems.add(new InputException(p.toString(), "no " + glob + " files in this directory",
                            "name the files directly or point at a directory that holds " + glob + " files"));
                }
                files.addAll(inDir);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.exists(p)) {
                problems.add(new InputException(p.toString(), "not a regular file", "give a file or a directory"));
            } else {
                problems.add(new InputException(p.toString(), "no such file or directory", "check the path"));
            }
        }
        return new Found(files.stream().distinct().toList(), problems);
    }

    private static List<Path> walk(Path dir, PathMatcher matcher) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> matcher.matches(f.getFileName()))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot read this directory: " + e.getMessage(),
                    "check its permissions");
        } catch (UncheckedIOException e) {
            throw new InputException(dir.toString(), "cannot read inside this directory: " + e.getCause().getMessage(),
                    "check the permissions of the files in it");
        }
    }

    /** {@code a/b/NAME.txt} with extension {@code .xml} gives {@code NAME.xml}. */
    public static String renamed(Path file, String newExtension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + newExtension;
    }
}
