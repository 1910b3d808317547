package io.labforge.io.diagram;

import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Optional;

/**
 * The lab file inside a PNG: a compressed iTXt chunk with the keyword {@value #KEYWORD} (UTF-8),
 * written before the image data so readers find it without decoding the picture.
 */
final class PngEmbedding {

    static final String KEYWORD = "labforge-lab";
    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngEmbedding() {
    }

    /** Encodes {@code image} as PNG with {@code labYaml} (may be {@code null}) embedded. */
    static void write(BufferedImage image, String labYaml, OutputStream out) throws IOException {
        PngWriter.write(image, KEYWORD, labYaml, out);
    }

    /** The embedded lab text (iTXt, zTXt or tEXt with our keyword), or empty when there is none. */
    static Optional<String> read(ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, false);
            Node root = reader.getImageMetadata(0).getAsTree(FORMAT);
            for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                for (Node e = chunk.getFirstChild(); e != null; e = e.getNextSibling()) {
                    Optional<String> text = entryText(e);
                    if (text.isPresent()) {
                        return text;
                    }
                }
            }
            return Optional.empty();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IOException("the PNG file is damaged: " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }

    private static Optional<String> entryText(Node entry) {
        String name = entry.getNodeName();
        if (!name.equals("iTXtEntry") && !name.equals("zTXtEntry") && !name.equals("tEXtEntry")) {
            return Optional.empty();
        }
        NamedNodeMap a = entry.getAttributes();
        Node keyword = a.getNamedItem("keyword");
        if (keyword == null || !KEYWORD.equals(keyword.getNodeValue())) {
            return Optional.empty();
        }
        Node value = a.getNamedItem(name.equals("iTXtEntry") ? "text" : "value");
        return Optional.ofNullable(value).map(Node::getNodeValue);
    }
}
