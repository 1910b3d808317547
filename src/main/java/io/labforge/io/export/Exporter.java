package io.labforge.io.export;

import io.labforge.model.Lab;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a lab in one format. Implementations need no GUI toolkit, so the command line can run them anywhere. */
public interface Exporter {

    /** Name on the command line, e.g. {@code dot}. */
    String format();

    /** File extension without the dot, e.g. {@code gv}. */
    String extension();

    void export(Lab lab, ExportOptions options, OutputStream out) throws IOException;
}
