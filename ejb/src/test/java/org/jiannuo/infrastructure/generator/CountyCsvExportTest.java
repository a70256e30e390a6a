package org.jiannuo.infrastructure.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountyCsvExportTest {

    @Test
    void writesTheDemoCountyAsTwoCsvFiles(@TempDir Path out) throws Exception {
        CountyCsvExport.main(new String[] {"--committees", "4", "--branches-per-committee", "5",
            "--people-per-branch", "20", "--seed", "20260101", "--today", "2026-11-21", "--out", out.toString()});

        List<String> units = Files.readAllLines(out.resolve("units.csv"), StandardCharsets.UTF_8);
        List<String> people = Files.readAllLines(out.resolve("people.csv"), StandardCharsets.UTF_8);
        assertEquals("unit_path,type", units.get(0));
        assertEquals(1 + 28, units.size(), "header, 4 committees, 4 general branches, 20 branches");
        assertTrue(units.contains("城关镇党委/东岭村党支部,BRANCH"), units.toString());
        assertTrue(people.size() > 340, "about 400 people: " + people.size());
        assertTrue(people.get(1).matches("[^,]+/[^,]+,[^,]+,\\d{17}[\\dX],[A-Z_]+,.*"), people.get(1));
    }

    @Test
    void quotesFieldsThatNeedIt() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\r\n", CountyCsvExport.line("a", "b,c", "say \"hi\"", null));
    }
}
