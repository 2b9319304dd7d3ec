package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * teikit's command line as {@link Main} runs it, which then writes to the file named by
 * {@code -Dteikit.peakHeap} how much heap the run took at most, in MB: the sum of each heap
 * pool's peak, an upper bound on what was in use at any one moment.
 */
final class PeakHeap {
    private PeakHeap() { }

    public static void main(String[] args) throws IOException {
        int status = Main.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        Files.writeString(Path.of(System.getProperty("teikit.peakHeap")), Long.toString(peak / (1024 * 1024)));
        System.exit(status);
    }
}
