package io.labforge.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * First gate for a lab file: strict UTF-8 and printable characters only (what YAML allows), so
 * binary junk gets a clear message with its position instead of a parser error deep inside.
 */
final class TextCheck {

    private TextCheck() {
    }

    /** The bytes as text, without a byte-order mark. */
    static String decode(byte[] bytes, String file) throws LabFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String bad = String.format("0x%02X", bytes[in.position()] & 0xff);
            throw new LabFileException(file, locate(out, out.length()),
                    "not UTF-8 text: invalid byte " + bad, "is this a binary file? lab files are UTF-8 YAML or JSON");
        }
        decoder.flush(out);
        out.flip();
        return check(out.toString(), file);
    }

    /** The text itself when it holds only characters YAML allows, without a byte-order mark. */
    static String check(String text, String file) throws LabFileException {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!printable(c)) {
                throw new LabFileException(file, locate(s, i),
                        String.format("control character U+%04X is not allowed in a lab file", c),
                        "is this a binary file? lab files are UTF-8 YAML or JSON");
            }
            i += Character.charCount(c);
        }
        return s;
    }

    /** The YAML 1.1 printable set. */
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    static Location locate(CharSequence s, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(line, column);
    }
}
