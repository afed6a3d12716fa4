package io.mifumo.camel.karaf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Karaf features file the build attaches (classifier features, type xml): well-formed, every placeholder filled,
 * and feature camel-mifumo installs the component bundle on top of camel-karaf's camel-core and jackson.
 */
class FeaturesXmlTest {

    static final String KARAF_NS = "http://karaf.apache.org/xmlns/features/v1.6.0";
    static final Pattern MVN = Pattern.compile("mvn:([^/]+)/([^/]+)/([^/]+)(/.*)?");

    static String version;
    static String text;
    static Element feature;

    @BeforeAll
    static void parse() throws Exception {
        version = System.getProperty("component.version");
        Path file = Path.of(System.getProperty("features.file", "target/feature/features.xml"));
        assertThat(file).exists();
        text = Files.readString(file);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document document = builder.parse(file.toFile());

        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("features");
        assertThat(root.getNamespaceURI()).isEqualTo(KARAF_NS);
        NodeList features = root.getElementsByTagNameNS(KARAF_NS, "feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element element = (Element) features.item(i);
            if (element.getParentNode() == root && "camel-mifumo".equals(element.getAttribute("name"))) {
                feature = element;
            }
        }
        assertThat(feature).as("feature camel-mifumo").isNotNull();
    }

    private static List<String> children(Element parent, String name) {
        List<String> values = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(KARAF_NS, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }

    @Test
    void everyPlaceholderIsFilledIn() {
        assertThat(text).doesNotContain("${");
    }

    @Test
    void theFeatureNamesTheComponentBundleOfThisBuild() {
        assertThat(feature.getAttribute("version")).isEqualTo(version);
        assertThat(children(feature, "bundle"))
                .contains("mvn:io.mifumo.camel/camel-mifumo-component/" + version);
    }

    @Test
    void itBuildsOnCamelKarafCoreAndJackson() {
        assertThat(children(feature, "feature")).contains("camel-core", "jackson");
        assertThat(children(feature.getOwnerDocument().getDocumentElement(), "repository"))
                .singleElement().asString()
                .startsWith("mvn:org.apache.camel.karaf/apache-camel/4.").endsWith("/xml/features");
    }

    @Test
    void theLibphonenumberBundleIsTheOneTheBuildUsesAndMatchesTheImportRange() throws Exception {
        Path jar = Path.of(PhoneNumberUtil.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String bundleVersion;
        try (JarFile file = new JarFile(jar.toFile())) {
            bundleVersion = file.getManifest().getMainAttributes().getValue("Bundle-Version");
        }
        String url = children(feature, "bundle").stream().filter(b -> b.contains("libphonenumber")).findFirst()
                .orElseThrow();
        Matcher matcher = MVN.matcher(url);
        assertThat(matcher.matches()).isTrue();
        assertThat(matcher.group(3)).isEqualTo(bundleVersion);
        // the component imports [9.0,10): the bundle's major version must be 9
        assertThat(bundleVersion).startsWith("9.");
    }
}
