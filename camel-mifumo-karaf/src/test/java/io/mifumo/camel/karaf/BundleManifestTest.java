package io.mifumo.camel.karaf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.mifumo.camel.component.MifumoComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the OSGi manifest the build wrote into the component jar and checks what an OSGi framework will see: the
 * public API packages exported and nothing else, a version range on every import that does not come from the JDK, no
 * JDK internals, no split packages, and no private package leaking through an exported signature.
 */
class BundleManifestTest {

    static final String BASE = "io.mifumo.camel.component";
    /** Packages of the public API besides the model packages (model.*, one per API family). */
    static final Set<String> PUBLIC_API = Set.of(BASE, BASE + ".exception", BASE + ".operation", BASE + ".validation");
    static final Pattern RANGE = Pattern.compile("[\\[(]\\d+(\\.\\d+){0,2},\\d+(\\.\\d+){0,2}[\\])]");

    static Path bundle;
    static Manifest manifest;
    /** Packages with classes in the bundle itself (not the embedded jars). */
    static Set<String> ownPackages;
    /** Packages with classes in the jars on the Bundle-ClassPath. */
    static Set<String> embeddedPackages;

    @BeforeAll
    static void readBundle() throws Exception {
        // the jar after mvn package; target/classes (where bnd writes the same manifest and lib/) after mvn test
        bundle = Path.of(MifumoComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        embeddedPackages = new TreeSet<>();
        try (FileSystem jar = Files.isDirectory(bundle) ? null : FileSystems.newFileSystem(bundle)) {
            Path root = jar == null ? bundle : jar.getPath("/");
            try (InputStream in = Files.newInputStream(root.resolve("META-INF/MANIFEST.MF"))) {
                manifest = new Manifest(in);
            }
            try (Stream<Path> files = Files.walk(root)) {
                ownPackages = files.map(f -> root.relativize(f).toString().replace('\\', '/'))
                        .filter(n -> n.endsWith(".class")).map(BundleManifestTest::packageOf)
                        .collect(Collectors.toCollection(TreeSet::new));
            }
            for (OsgiHeaders.Clause entry : OsgiHeaders.parse(header("Bundle-ClassPath"))) {
                if (entry.name().equals(".")) {
                    continue;
                }
                Path nested = root.resolve(entry.name());
                assertThat(nested).as("Bundle-ClassPath entry " + entry.name()).exists();
                try (InputStream in = Files.newInputStream(nested); JarInputStream nestedJar = new JarInputStream(in)) {
                    for (JarEntry e = nestedJar.getNextJarEntry(); e != null; e = nestedJar.getNextJarEntry()) {
                        if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")) {
                            embeddedPackages.add(packageOf(e.getName()));
                        }
                    }
                }
            }
        }
    }

    private static String header(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    private static String packageOf(String classFile) {
        int slash = classFile.lastIndexOf('/');
        return slash < 0 ? "" : classFile.substring(0, slash).replace('/', '.');
    }

    private static Set<String> names(List<OsgiHeaders.Clause> clauses) {
        return clauses.stream().map(OsgiHeaders.Clause::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Packages the running JDK exports to everyone, and all packages it has. */
    private static Set<String> jdkPackages(boolean exportedOnly) {
        Set<String> packages = new HashSet<>();
        for (Module module : ModuleLayer.boot().modules()) {
            ModuleDescriptor descriptor = module.getDescriptor();
            if (exportedOnly) {
                descriptor.exports().stream().filter(e -> !e.isQualified())
                        .forEach(e -> packages.add(e.source()));
            } else {
                packages.addAll(descriptor.packages());
            }
        }
        return packages;
    }

    @Test
    void identity() {
        assertThat(header("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(header("Bundle-SymbolicName")).isEqualTo(BASE);
        String version = System.getProperty("component.version", "").replace("-SNAPSHOT", "");
        assertThat(header("Bundle-Version")).startsWith(version);
        assertThat(header("Require-Capability")).contains("osgi.ee=JavaSE").contains("version=17");
    }

    @Test
    void exportsExactlyThePublicApiPackages() {
        List<OsgiHeaders.Clause> exports = OsgiHeaders.parse(header("Export-Package"));
        Set<String> intended = ownPackages.stream()
                .filter(p -> PUBLIC_API.contains(p) || p.startsWith(BASE + ".model."))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(names(exports)).isEqualTo(intended);
        assertThat(intended).contains(BASE, BASE + ".exception", BASE + ".model.sms");
        assertThat(names(exports)).noneMatch(p -> p.contains(".binding") || p.contains(".service")
                                                  || p.contains(".health") || p.startsWith("org.apache.hc"));
        String version = System.getProperty("component.version", "").replace("-SNAPSHOT", "");
        assertThat(exports).allSatisfy(e -> assertThat(e.attribute("version")).as(e.name()).isEqualTo(version));
    }

    @Test
    void everyImportHasAVersionRangeUnlessTheJdkProvidesIt() {
        Set<String> jdkExported = jdkPackages(true);
        List<String> problems = new ArrayList<>();
        for (OsgiHeaders.Clause clause : OsgiHeaders.parse(header("Import-Package"))) {
            String name = clause.name();
            String version = clause.attribute("version");
            if (name.startsWith("java.")) {
                problems.add(name + ": java.* is never imported");
            } else if (jdkExported.contains(name)) {
                if (version != null) {
                    problems.add(name + ": a JDK package with a version");
                }
            } else if (version == null || !RANGE.matcher(version).matches()) {
                problems.add(name + ": no version range (" + version + ")");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void camelIsImportedFrom418UpToButNotIncluding5() {
        List<OsgiHeaders.Clause> camel = OsgiHeaders.parse(header("Import-Package")).stream()
                .filter(c -> c.name().startsWith("org.apache.camel")).toList();
        assertThat(camel).isNotEmpty()
                .allSatisfy(c -> assertThat(c.attribute("version")).as(c.name()).isEqualTo("[4.18,5)"));
        List<OsgiHeaders.Clause> jackson = OsgiHeaders.parse(header("Import-Package")).stream()
                .filter(c -> c.name().startsWith("com.fasterxml.jackson")).toList();
        assertThat(jackson).isNotEmpty()
                .allSatisfy(c -> assertThat(c.attribute("version")).as(c.name()).endsWith(",3)"));
    }

    @Test
    void importsNoJdkInternals() {
        Set<String> internal = jdkPackages(false);
        internal.removeAll(jdkPackages(true));
        Set<String> imports = names(OsgiHeaders.parse(header("Import-Package")));
        assertThat(imports).noneMatch(internal::contains)
                .noneMatch(p -> p.startsWith("sun.") || p.startsWith("jdk.internal."));
        // the JDK-specific packages the bundle may use must not stop it from resolving on another JDK
        OsgiHeaders.parse(header("Import-Package")).stream()
                .filter(c -> c.name().startsWith("jdk.") || c.name().startsWith("com.sun."))
                .forEach(c -> assertThat(c.directive("resolution")).as(c.name()).isEqualTo("optional"));
    }

    @Test
    void noSplitPackages() throws IOException, URISyntaxException {
        Set<String> exports = names(OsgiHeaders.parse(header("Export-Package")));
        Set<String> imports = names(OsgiHeaders.parse(header("Import-Package")));

        // nothing the bundle holds is also imported, and nothing embedded is also exported
        assertThat(imports).doesNotContainAnyElementsOf(ownPackages).doesNotContainAnyElementsOf(embeddedPackages);
        assertThat(exports).doesNotContainAnyElementsOf(embeddedPackages);
        assertThat(ownPackages).doesNotContainAnyElementsOf(embeddedPackages);

        // no exported package also has classes in another jar of the component's dependencies
        List<String> split = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.equals(bundle) || !Files.isRegularFile(path) || !entry.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.endsWith(".class") && exports.contains(packageOf(name))) {
                        split.add(packageOf(name) + " also in " + path.getFileName());
                    }
                }
            }
        }
        assertThat(split).isEmpty();
    }

    @Test
    void noPrivatePackageLeaksThroughAnExportedSignature() {
        Set<String> exports = names(OsgiHeaders.parse(header("Export-Package")));
        Set<String> imports = names(OsgiHeaders.parse(header("Import-Package")));
        Set<String> jdk = jdkPackages(true);
        List<String> leaks = new ArrayList<>();
        for (OsgiHeaders.Clause export : OsgiHeaders.parse(header("Export-Package"))) {
            String uses = export.directive("uses");
            if (uses == null) {
                continue;
            }
            for (String used : uses.split(",")) {
                String p = used.strip();
                if (!exports.contains(p) && !imports.contains(p) && !jdk.contains(p) && !p.startsWith("java.")) {
                    leaks.add(export.name() + " uses " + p);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void camelFindsTheComponentInsideTheBundle() throws IOException {
        try (FileSystem jar = Files.isDirectory(bundle) ? null : FileSystems.newFileSystem(bundle)) {
            Path root = jar == null ? bundle : jar.getPath("/");
            assertThat(root.resolve("META-INF/services/org/apache/camel/component/mifumo")).exists();
            assertThat(root.resolve("META-INF/io/mifumo/camel/component/mifumo.json")).exists();
            // generated configurers live in the exported package, so Camel can load them by name
            for (String name : List.of("MifumoComponentConfigurer", "MifumoEndpointConfigurer",
                    "MifumoEndpointUriFactory")) {
                assertThat(root.resolve(BASE.replace('.', '/') + "/" + name + ".class")).exists();
            }
        }
    }
}
