package org.teikit.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.teikit.cli.Main;

/**
 * The child JVM of {@code bench corpus}: runs one teikit command as the command line would and
 * writes to the report file how long the command took (from its start to its end, the JVM's own
 * start-up left out) and how much heap it used ({@link HeapWatch}). Not a user command.
 *
 * <p>Usage: {@code java -Xmx512m -cp teikit-bench.jar org.teikit.bench.ChildRun REPORT COMMAND ARGS…}
 */
public final class ChildRun {
    private ChildRun() { }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ChildRun REPORT_FILE TEIKIT_COMMAND [ARGS…]");
            System.exit(2);
        }
        HeapWatch heap = new HeapWatch();
        long t0 = System.nanoTime();
        int exit = Main.run(Arrays.copyOfRange(args, 1, args.length),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        double seconds = (System.nanoTime() - t0) / 1e9;
        StageRun run = new StageRun(seconds, heap.peakBytes(), heap.afterCollectionBytes(), exit,
                String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()));
        Files.writeString(Path.of(args[0]), run.toProperties(), StandardCharsets.UTF_8);
        System.exit(exit);
    }
}
