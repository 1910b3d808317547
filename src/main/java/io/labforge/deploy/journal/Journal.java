package io.labforge.deploy.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An append-only JSON-lines file. Every append is flushed to disk ({@code fsync}) before it returns,
 * so what the journal says happened has at least been attempted. A torn last line (the process was
 * killed mid-write) is ignored on reading.
 */
public final class Journal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private final Clock clock;
    private final boolean sync;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Journal(Path file, FileChannel channel, Clock clock, boolean sync) {
        this.file = file;
        this.channel = channel;
        this.clock = clock;
        this.sync = sync;
    }

    public static Journal open(Path file) throws IOException {
        return open(file, Clock.systemUTC());
    }

    public static Journal open(Path file, Clock clock) throws IOException {
        return open(file, clock, true);
    }

    /**
     * @param sync whether each append is flushed to disk; only simulations that replay many runs
     *             (where the file's content, not its durability, is under test) turn it off
     */
    public static Journal open(Path file, Clock clock, boolean sync) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        Journal j = new Journal(file, ch, clock, sync);
        j.terminateTornLine();
        return j;
    }

    public Path file() {
        return file;
    }

    /** Id of the run this journal instance writes for. */
    public String run() {
        return run;
    }

    public synchronized void append(JournalEntry entry) {
        JournalEntry e = entry.stamped(clock.instant().toString(), run).message(Redaction.redact(entry.message()));
        try {
            byte[] line = (JSON.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            if (sync) {
                channel.force(true);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the deploy journal " + file + ": " + ex.getMessage(), ex);
        }
    }

    public void append(String event, String resource, Map<String, String> props) {
        append(JournalEntry.of(event).resource(resource).props(props));
    }

    public static JournalEntry entry(String event) {
        return JournalEntry.of(event);
    }

    /** Every complete entry, oldest first. */
    public List<JournalEntry> entries() throws IOException {
        return read(file);
    }

    public JournalState state() throws IOException {
        return JournalState.replay(entries());
    }

    public static List<JournalEntry> read(Path file) throws IOException {
        List<JournalEntry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(JSON.readValue(line, JournalEntry.class));
            } catch (JsonProcessingException torn) {
                // a line cut short by a kill: the step it announced is re-checked against the cluster
            }
        }
        return out;
    }

    /** After a kill mid-write the file may end without a newline; start our lines on a fresh one. */
    private void terminateTornLine() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        try (FileChannel r = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            r.read(last, size - 1);
            if (last.get(0) != '\n') {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
                channel.force(true);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
