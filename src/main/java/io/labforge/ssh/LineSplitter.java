package io.labforge.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Turns a byte stream into lines for a consumer, and keeps the last few for error messages. */
final class LineSplitter implements SshSession.Sink {

    static final int TAIL = 15;

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final Consumer<String> sink;
    private final Deque<String> tail;

    LineSplitter(Consumer<String> sink, Deque<String> sharedTail) {
        this.sink = sink;
        this.tail = sharedTail;
    }

    static Deque<String> newTail() {
        return new ArrayDeque<>(TAIL);
    }

    @Override
    public void accept(byte[] buf, int len) {
        for (int i = 0; i < len; i++) {
            if (buf[i] == '\n') {
                emit();
            } else {
                line.write(buf[i]);
            }
        }
    }

    /** Emits what is left after the stream ended without a final newline. */
    @Override
    public void finish() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        line.reset();
        synchronized (tail) {
            if (tail.size() == TAIL) {
                tail.removeFirst();
            }
            tail.addLast(text);
        }
        sink.accept(text);
    }

    static List<String> snapshot(Deque<String> tail) {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }
}
