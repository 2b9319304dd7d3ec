package org.teikit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One command run as a user runs it, timed from start to exit, with the peak resident memory
 * of its process: from {@code /usr/bin/time} (GNU time's {@code %M}, read by the kernel at exit)
 * where that is installed, else from the process's {@code VmHWM} in {@code /proc}, read while it
 * runs (the last reading before exit, so it may miss a final growth); 0 where neither exists.
 */
final class WholeProcess {
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    /**
     * @param seconds  wall-clock time from start to exit
     * @param peakRss  peak resident memory in bytes (0: not known)
     * @param exit     exit status; -1 when it ran out of time and was stopped
     */
    record Result(double seconds, long peakRss, int exit) {
        boolean timedOut() {
            return exit == -1;
        }
    }

    private final Path scratch;
    private final long timeoutSeconds;
    private final boolean gnuTime;

    /** @param scratch where the memory readings and error output go */
    WholeProcess(Path scratch, long timeoutSeconds) {
        this(scratch, timeoutSeconds, Files.isExecutable(GNU_TIME));
    }

    WholeProcess(Path scratch, long timeoutSeconds, boolean gnuTime) {
        this.scratch = scratch;
        this.timeoutSeconds = timeoutSeconds;
        this.gnuTime = gnuTime;
    }

    /** What is started for {@code command}: itself, or itself under GNU time writing its peak RSS to {@code rssFile}. */
    List<String> wrapped(List<String> command, Path rssFile) {
        if (!gnuTime) return command;
        List<String> wrapped = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rssFile.toString()));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Runs {@code command}; its output is thrown away, its error output goes to {@code errorLog}. */
    Result run(List<String> command, Path errorLog) throws IOException, InterruptedException {
        Path rssFile = Files.createTempFile(scratch, "rss", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(wrapped(command, rssFile))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errorLog.toFile());
            long t0 = System.nanoTime();
            Process p = builder.start();
            long polledKb = 0;
            long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (!p.waitFor(gnuTime ? 1000 : 20, TimeUnit.MILLISECONDS)) {
                if (!gnuTime) polledKb = Math.max(polledKb, vmHwmKb(p.pid()));
                if (System.nanoTime() > deadline) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                    return new Result((System.nanoTime() - t0) / 1e9, 0, -1);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long kb = gnuTime ? gnuTimeKb(rssFile) : polledKb;
            return new Result(seconds, kb * 1024, p.exitValue());
        } finally {
            Files.deleteIfExists(rssFile);
        }
    }

    /** GNU time's last line is %M; before it, it may say the command exited non-zero. */
    static long gnuTimeKb(Path rssFile) throws IOException {
        List<String> lines = Files.readAllLines(rssFile, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.matches("\\d+")) return Long.parseLong(line);
        }
        return 0;
    }

    /** The high-water mark of a live process's resident memory, in kB (0 once it is gone). */
    static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // Gone, or no /proc here: no reading.
        }
        return 0;
    }
}
