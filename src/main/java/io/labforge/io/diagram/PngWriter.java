package io.labforge.io.diagram;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG encoder for the diagram's {@code TYPE_INT_RGB}/{@code TYPE_INT_ARGB} images: 8-bit
 * RGB or RGBA, the "Up" filter on every row and zlib at a middle level, plus one compressed iTXt
 * chunk. ImageIO's writer tries every filter on every row, which took most of the export time
 * (see docs/decisions/diagram-01-png-writer.md); reading stays with ImageIO.
 */
final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int LEVEL = 6;

    private PngWriter() {
    }

    /** Writes {@code image}; when {@code keyword} and {@code text} are set, a compressed iTXt chunk carries the text. */
    static void write(BufferedImage image, String keyword, String text, OutputStream out) throws IOException {
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        if (!alpha && image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an INT_RGB or INT_ARGB image, got type " + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream(13);
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(w);
        d.writeInt(h);
        d.writeByte(8);                 // bit depth
        d.writeByte(alpha ? 6 : 2);     // colour type: RGBA or RGB
        d.writeByte(0);                 // deflate
        d.writeByte(0);                 // adaptive filtering, one filter byte per row
        d.writeByte(0);                 // no interlace
        chunk(data, "IHDR", ihdr.toByteArray());
        if (keyword != null && text != null) {
            chunk(data, "iTXt", itxt(keyword, text));
        }
        chunk(data, "IDAT", pixels(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), w, h, alpha));
        chunk(data, "IEND", new byte[0]);
        data.flush();
    }

    private static byte[] pixels(int[] argb, int w, int h, boolean alpha) throws IOException {
        int channels = alpha ? 4 : 3;
        byte[] row = new byte[w * channels + 1];
        byte[] prev = new byte[row.length];
        byte[] filtered = new byte[row.length];
        filtered[0] = 2; // Up
        ByteArrayOutputStream buf = new ByteArrayOutputStream(w * h / 4 + 1024);
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(buf, deflater, 1 << 16)) {
            for (int y = 0; y < h; y++) {
                int o = 1;
                int base = y * w;
                for (int x = 0; x < w; x++) {
                    int p = argb[base + x];
                    row[o++] = (byte) (p >> 16);
                    row[o++] = (byte) (p >> 8);
                    row[o++] = (byte) p;
                    if (alpha) {
                        row[o++] = (byte) (p >>> 24);
                    }
                }
                for (int i = 1; i < row.length; i++) {
                    filtered[i] = (byte) (row[i] - prev[i]);
                }
                z.write(filtered);
                byte[] t = prev;
                prev = row;
                row = t;
            }
        } finally {
            deflater.end();
        }
        return buf.toByteArray();
    }

    /** keyword, NUL, compression flag 1, method 0, empty language tag and translated keyword, zlib'd UTF-8 text. */
    private static byte[] itxt(String keyword, String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(keyword.getBytes(StandardCharsets.ISO_8859_1));
        b.write(new byte[] {0, 1, 0, 0, 0});
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(b, deflater)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } finally {
            deflater.end();
        }
        return b.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt(body.length);
        out.write(t);
        out.write(body);
        out.writeInt((int) crc.getValue());
    }
}
