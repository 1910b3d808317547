package io.labforge.ui.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupTraceTest {

    @Test
    void processAgeIsUptimeMinusTheStartTicks(@TempDir Path dir) throws Exception {
        Path uptime = Files.writeString(dir.resolve("uptime"), "25000.37 48000.10\n");
        // a command name with spaces and a parenthesis must not shift the fields; starttime = 2499990 ticks
        String stat = "4242 (java (fx) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 10 5 0 0 20 0 30 0 2499990 "
                + "100000 200 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
        Path proc = Files.writeString(dir.resolve("stat"), stat);
        assertEquals(OptionalLong.of(470), StartupTrace.ageFromProc(uptime, proc));
    }

    @Test
    void unreadableProcFallsBack(@TempDir Path dir) {
        assertTrue(StartupTrace.ageFromProc(dir.resolve("none"), dir.resolve("none")).isEmpty());
        assertTrue(StartupTrace.sinceProcessStart() >= 0);
    }
}
