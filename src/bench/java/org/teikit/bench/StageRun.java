package org.teikit.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Properties;

/**
 * What a child JVM reported about the one command it ran.
 *
 * @param seconds             from the command's start to its end (JVM start-up left out)
 * @param peakHeapBytes       the most heap in use at any collection or at the end
 * @param afterCollectionBytes the most heap still in use right after a collection
 * @param exitStatus          the command's exit status
 * @param collectors          the garbage collectors the JVM ran
 */
record StageRun(double seconds, long peakHeapBytes, long afterCollectionBytes, int exitStatus, String collectors) {

    String toProperties() {
        return String.format(Locale.ROOT, "seconds=%.6f%npeak=%d%nafter=%d%nexit=%d%ncollectors=%s%n",
                seconds, peakHeapBytes, afterCollectionBytes, exitStatus, collectors);
    }

    static StageRun fromProperties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return new StageRun(Double.parseDouble(p.getProperty("seconds")), Long.parseLong(p.getProperty("peak")),
                Long.parseLong(p.getProperty("after")), Integer.parseInt(p.getProperty("exit")), p.getProperty("collectors"));
    }
}
