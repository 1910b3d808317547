package io.labforge.deploy.provision;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;

/** Small DOM helpers: values from the lab are text nodes, escaped by the serializer. */
final class Xml {

    private Xml() {
    }

    static Document newDocument(String root) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            doc.appendChild(doc.createElement(root));
            return doc;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML support in this Java runtime", e);
        }
    }

    static Element add(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    static Element add(Element parent, String name, String text) {
        Element e = add(parent, name);
        e.setTextContent(text);
        return e;
    }

    static String write(Node node) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.STANDALONE, "no");
            StringWriter w = new StringWriter();
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.transform(new DOMSource(node), new StreamResult(w));
            return w.toString().endsWith("\n") ? w.toString() : w + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** A copy of {@code section} as the root of its own document (pfSense restores one area from such a file). */
    static String writeSection(Element section) {
        Document doc = Xml.newDocument(section.getTagName());
        Element root = doc.getDocumentElement();
        for (Node child = section.getFirstChild(); child != null; child = child.getNextSibling()) {
            root.appendChild(doc.importNode(child, true));
        }
        return write(doc);
    }
}
