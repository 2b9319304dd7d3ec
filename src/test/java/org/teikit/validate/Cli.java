package org.teikit.validate;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.teikit.cli.Main;

/** Runs the command line in-process, as a user would, and keeps what it printed. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(exit, out.toString(), err.toString());
    }

    String all() {
        return out + err;
    }

    java.util.List<String> lines() {
        return out.lines().toList();
    }
}
