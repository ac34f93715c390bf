package uk.nhs.coproduction.app.web.boardreport;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A board report's page made into PDF with openhtmltopdf, from the very XHTML the browser is sent.
 *
 * <p>The page is read as XML first, by the JDK's own parser: openhtmltopdf needs well-formed
 * markup, and a template that ever stopped being well-formed fails here, loudly, rather than
 * giving a PDF that differs from the page. The one change made is that the page's stylesheet link
 * ({@value #STYLESHEET}) is replaced by the same stylesheet's text, so the PDF needs no request
 * back to the app; its print rules (A4, margins, no navigation) then apply to the PDF as they do
 * when the page is printed. The charts are the page's own inline SVG, drawn by Batik.
 *
 * <p>The PDF's text is in the PDF standard fonts (Helvetica and its family), which every reader
 * has and nothing needs to be shipped for.
 */
final class PdfDocument {

    /** The address of the board report's stylesheet, which the page links to. */
    static final String STYLESHEET = "/assets/board-report.css";

    private static final String CSS_RESOURCE = "/uk/nhs/coproduction/app/web/assets/board-report.css";
    private static final String CSS = css();

    static {
        // openhtmltopdf tells of every stylesheet it parses at INFO: only its warnings reach the server's log.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private PdfDocument() {
    }

    /**
     * The PDF of a page.
     *
     * @param xhtml the page, which must be well-formed XHTML
     * @return the PDF's bytes
     * @throws IllegalStateException if the page is not well-formed (a fault of the template)
     */
    static byte[] of(String xhtml) {
        Document page = parse(xhtml);
        inlineStylesheet(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withW3cDocument(page, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF of a board report could not be written", e);
        }
        return out.toByteArray();
    }

    /** The page read as XML, with no external entity or DTD ever fetched. */
    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalStateException("a board report's page is not well-formed XHTML, so it cannot be made "
                    + "into PDF: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("the JDK's XML parser could not read a board report's page", e);
        }
    }

    private static void inlineStylesheet(Document page) {
        NodeList links = page.getElementsByTagNameNS("*", "link");
        for (int i = links.getLength() - 1; i >= 0; i--) {
            Element link = (Element) links.item(i);
            if (STYLESHEET.equals(link.getAttribute("href"))) {
                Element style = page.createElementNS(link.getNamespaceURI(), "style");
                style.setTextContent(CSS);
                link.getParentNode().replaceChild(style, link);
            }
        }
    }

    private static String css() {
        try (InputStream in = PdfDocument.class.getResourceAsStream(CSS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the board report's stylesheet is missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the board report's stylesheet", e);
        }
    }
}
