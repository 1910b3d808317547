package io.labforge.io.diagram;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The lab file inside an SVG: {@code <metadata><lf:lab xmlns:lf="…">YAML</lf:lab></metadata>},
 * the YAML as CDATA (or base64 in the rare case it holds characters XML cannot carry).
 */
final class SvgEmbedding {

    static final String NAMESPACE = "https://labforge.io/ns/lab/1";
    static final String ELEMENT = "lab";

    private SvgEmbedding() {
    }

    static String metadata(String yaml) {
        StringBuilder s = new StringBuilder(yaml.length() + 160);
        s.append("<metadata id=\"labforge-lab\"><lf:").append(ELEMENT).append(" xmlns:lf=\"").append(NAMESPACE)
                .append("\" format=\"yaml\"");
        if (yaml.codePoints().allMatch(Xml::allowed)) {
            s.append("><![CDATA[").append(yaml.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
        } else {
            s.append(" encoding=\"base64\">").append(Base64.getEncoder().encodeToString(yaml.getBytes(StandardCharsets.UTF_8)));
        }
        return s.append("</lf:").append(ELEMENT).append("></metadata>\n").toString();
    }

    /** The embedded lab text, or empty when the document carries none. */
    static Optional<String> read(InputStream in) throws IOException {
        Document doc;
        try {
            doc = parser().parse(in);
        } catch (SAXException e) {
            throw new IOException("not a well-formed SVG document: " + e.getMessage(), e);
        }
        NodeList found = doc.getElementsByTagNameNS(NAMESPACE, ELEMENT);
        if (found.getLength() == 0) {
            return Optional.empty();
        }
        Element lab = (Element) found.item(0);
        String text = lab.getTextContent();
        if ("base64".equals(lab.getAttribute("encoding"))) {
            try {
                return Optional.of(new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IOException("the embedded lab is damaged (bad base64)", e);
            }
        }
        return Optional.of(text);
    }

    /** A namespace-aware parser that refuses DTDs, so no entity can read files or the network. */
    private static DocumentBuilder parser() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser available", e);
        }
    }
}
