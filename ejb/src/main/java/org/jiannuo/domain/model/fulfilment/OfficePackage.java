package org.jiannuo.domain.model.fulfilment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Whether a file is an Office Open XML package (a Word or Excel document) rather than any zip with
 * the right extension: it holds the main part of its kind, and its {@code [Content_Types].xml}
 * declares that part with the main content type of the kind (so a macro-enabled document renamed
 * to .docx is not one). Read with bounds: the whole package inflates to at most {@link #MAX_INFLATED}
 * bytes, the content types to at most {@link #MAX_CONTENT_TYPES}, and no DTD is read.
 */
final class OfficePackage {

    static final long MAX_INFLATED = 64L * 1024 * 1024;
    static final int MAX_CONTENT_TYPES = 64 * 1024;
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String CONTENT_TYPES_NAMESPACE =
            "http://schemas.openxmlformats.org/package/2006/content-types";

    private final String mainPart;
    private final String mainContentType;

    OfficePackage(String mainPart, String mainContentType) {
        this.mainPart = mainPart;
        this.mainContentType = mainContentType;
    }

    boolean holds(byte[] content) {
        byte[] contentTypes = null;
        boolean hasMainPart = false;
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                boolean isContentTypes = CONTENT_TYPES.equals(entry.getName());
                hasMainPart |= mainPart.equals(entry.getName());
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > MAX_INFLATED || isContentTypes && kept.size() + n > MAX_CONTENT_TYPES) {
                        return false;
                    }
                    if (isContentTypes) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (isContentTypes) {
                    contentTypes = kept.toByteArray();
                }
            }
        } catch (IOException e) {
            return false;
        }
        return hasMainPart && contentTypes != null && declaresMainPart(contentTypes);
    }

    private boolean declaresMainPart(byte[] contentTypes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            NodeList overrides = factory.newDocumentBuilder().parse(new ByteArrayInputStream(contentTypes))
                    .getElementsByTagNameNS(CONTENT_TYPES_NAMESPACE, "Override");
            for (int i = 0; i < overrides.getLength(); i++) {
                Element override = (Element) overrides.item(i);
                if (("/" + mainPart).equalsIgnoreCase(override.getAttribute("PartName"))
                        && mainContentType.equals(override.getAttribute("ContentType"))) {
                    return true;
                }
            }
            return false;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return false;
        }
    }
}
