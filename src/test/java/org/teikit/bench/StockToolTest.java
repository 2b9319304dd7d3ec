package org.teikit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StockToolTest {

    @Test
    void commandIsJavaOptionsClassPathMainClassThenArguments() {
        StockTool tool = new StockTool("x", "a.jar:b.jar", List.of("-Dk=v"), "org.example.Main");
        List<String> command = tool.command(List.of("one", "two"));
        assertTrue(command.get(0).endsWith("java"), command.get(0));
        assertEquals(List.of("-Dk=v", "-cp", "a.jar:b.jar", "org.example.Main", "one", "two"), command.subList(1, command.size()));
    }

    @Test
    void findsJingAndSaxonWhereThisProcessLoadsThemFrom() {
        for (StockTool tool : List.of(StockTool.jing().orElseThrow(), StockTool.saxon().orElseThrow())) {
            for (String jar : tool.classPath().split(java.io.File.pathSeparator)) {
                assertTrue(Files.exists(Path.of(jar)), jar);
            }
        }
    }

    @Test
    void toolWhoseMainClassIsAbsentIsEmpty() {
        assertEquals(Optional.empty(), StockTool.locate("none", List.of(), "org.example.NoSuchMain"));
    }
}
