import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staged release the way Maven Central's portal checks a bundle, and a little more.
 *
 * <pre>java release/VerifyStaging.java STAGING VERSION TREE [FINGERPRINT]</pre>
 *
 * <p>STAGING is the repository {@code mvn -Prelease deploy} wrote, VERSION the version it must hold, TREE the
 * source tree it was built from (to know every test and benchmark class), FINGERPRINT the key every signature
 * must come from (gpg's keyring is the one {@code GNUPGHOME} names). It fails when:
 * <ul>
 *   <li>the staging holds anything but the parent, annotations and processor at VERSION;</li>
 *   <li>a POM lacks what Central requires: name, description, url, a license with name and url, a developer,
 *       scm with url and connection (looked up, as Central does, through the staged parent);</li>
 *   <li>a jar has no sources or javadoc jar beside it, or a module no CycloneDX SBOM;</li>
 *   <li>a file lacks its {@code .asc}, {@code .md5} or {@code .sha1}, a checksum is wrong, or a signature does
 *       not verify or comes from another key;</li>
 *   <li>a published jar or sources jar carries a test class, a test resource or a benchmark class, or lacks
 *       LICENSE and NOTICE;</li>
 *   <li>an SBOM does not describe its module, or lists a test-scope dependency.</li>
 * </ul>
 * Prints one line per check and ends with {@code staging: N passed, N failed}.
 */
public final class VerifyStaging {
    private static final String GROUP = "dev/closecodes";
    /** What a release publishes: artifactId to packaging. */
    private static final Map<String, String> PUBLISHED = new LinkedHashMap<>();

    static {
        PUBLISHED.put("closecodes-parent", "pom");
        PUBLISHED.put("closecodes-annotations", "jar");
        PUBLISHED.put("closecodes-processor", "jar");
    }

    /** Modules whose main classes may be published; every other module's classes never are. */
    private static final Set<String> PUBLISHED_SOURCES = Set.of("annotations", "processor");

    private final Path staging;
    private final String version;
    private final Path tree;
    private final String fingerprint;
    private int passed;
    private final List<String> failures = new ArrayList<>();

    private VerifyStaging(Path staging, String version, Path tree, String fingerprint) {
        this.staging = staging;
        this.version = version;
        this.tree = tree;
        this.fingerprint = fingerprint;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: java release/VerifyStaging.java STAGING VERSION TREE [FINGERPRINT]");
            System.exit(2);
        }
        VerifyStaging check = new VerifyStaging(Path.of(args[0]), args[1], Path.of(args[2]),
                args.length == 4 ? args[3] : null);
        check.run();
        System.out.printf("staging: %d passed, %d failed%n", check.passed, check.failures.size());
        if (!check.failures.isEmpty()) {
            System.out.println("failed:");
            check.failures.forEach(failure -> System.out.println("  " + failure));
            System.exit(1);
        }
    }

    private void run() throws Exception {
        check("the version " + version + " is a release", !version.endsWith("-SNAPSHOT"), () -> version);
        Path group = staging.resolve(GROUP);
        Set<String> staged = list(group).stream().filter(Files::isDirectory).map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        check("the staging holds exactly " + PUBLISHED.keySet(), staged.equals(new TreeSet<>(PUBLISHED.keySet())),
                () -> "staged: " + staged);
        try (Stream<Path> top = Files.list(staging)) {
            List<String> others = top.map(p -> p.getFileName().toString()).filter(name -> !name.equals("dev"))
                    .toList();
            check("nothing outside dev/closecodes", others.isEmpty(), () -> others.toString());
        }

        Set<String> testClasses = forbiddenClasses();
        Set<String> testResources = testResources();
        for (Map.Entry<String, String> module : PUBLISHED.entrySet()) {
            String artifactId = module.getKey();
            Path dir = group.resolve(artifactId).resolve(version);
            if (!Files.isDirectory(dir)) {
                fail(artifactId + " " + version + " is staged", "no " + staging.relativize(dir));
                continue;
            }
            String base = artifactId + "-" + version;
            List<String> required = new ArrayList<>(List.of(base + ".pom", base + "-cyclonedx.json",
                    base + "-cyclonedx.xml"));
            if (module.getValue().equals("jar")) {
                required.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
            }
            for (String name : required) {
                check(artifactId + ": " + name, Files.isRegularFile(dir.resolve(name)), () -> "missing");
            }
            for (Path file : list(dir)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".asc") || name.endsWith(".md5") || name.endsWith(".sha1")
                        || name.endsWith(".sha256") || name.endsWith(".sha512") || name.startsWith("maven-metadata")) {
                    continue;
                }
                checksum(file, "md5", "MD5");
                checksum(file, "sha1", "SHA-1");
                signature(file);
            }
            pom(artifactId, dir.resolve(base + ".pom"));
            sbom(artifactId, dir.resolve(base + "-cyclonedx.xml"));
            if (module.getValue().equals("jar")) {
                jar(artifactId, dir.resolve(base + ".jar"), ".class", testClasses, testResources);
                jar(artifactId, dir.resolve(base + "-sources.jar"), ".java", testClasses, testResources);
                Path javadoc = dir.resolve(base + "-javadoc.jar");
                if (Files.isRegularFile(javadoc)) {
                    try (ZipFile zip = new ZipFile(javadoc.toFile())) {
                        check(artifactId + ": the javadoc jar has index.html", zip.getEntry("index.html") != null,
                                () -> "no index.html");
                    }
                }
            }
        }
    }

    private void checksum(Path file, String extension, String algorithm) throws IOException {
        String label = staging.relativize(file) + "." + extension;
        Path sum = file.resolveSibling(file.getFileName() + "." + extension);
        if (!Files.isRegularFile(sum)) {
            fail(label, "missing");
            return;
        }
        String expected = Files.readString(sum, StandardCharsets.US_ASCII).strip().split("\\s+")[0];
        String actual = digest(file, algorithm);
        check(label, expected.equalsIgnoreCase(actual), () -> "says " + expected + ", the file's is " + actual);
    }

    private void signature(Path file) throws IOException, InterruptedException {
        String label = staging.relativize(file) + ".asc verifies";
        Path asc = file.resolveSibling(file.getFileName() + ".asc");
        if (!Files.isRegularFile(asc)) {
            fail(label, "missing");
            return;
        }
        Process gpg = new ProcessBuilder("gpg", "--batch", "--status-fd", "1", "--verify", asc.toString(),
                file.toString()).redirectErrorStream(true).start();
        String output = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = gpg.waitFor();
        Optional<String> signer = output.lines().filter(line -> line.startsWith("[GNUPG:] VALIDSIG "))
                .map(line -> line.split(" ")[2]).findFirst();
        boolean good = exit == 0 && output.contains("[GNUPG:] GOODSIG ") && signer.isPresent();
        boolean ours = fingerprint == null || signer.filter(fingerprint::equalsIgnoreCase).isPresent();
        check(label, good && ours, () -> good ? "signed by " + signer.orElse("?") + ", not " + fingerprint
                : "gpg --verify exited " + exit + ":\n" + output.indent(6));
    }

    /** Central's required elements, each from the POM itself or, where Maven inherits it, its staged parent. */
    private void pom(String artifactId, Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<Element> chain = new ArrayList<>();
        Element project = parse(file).getDocumentElement();
        chain.add(project);
        Element parent = child(project, "parent");
        while (parent != null) {
            String parentId = text(parent, "artifactId");
            String parentVersion = text(parent, "version");
            Path parentPom = staging.resolve(GROUP).resolve(parentId).resolve(parentVersion)
                    .resolve(parentId + "-" + parentVersion + ".pom");
            boolean staged = text(parent, "groupId").equals("dev.closecodes") && Files.isRegularFile(parentPom);
            check(artifactId + ": parent " + parentId + ":" + parentVersion + " is staged", staged,
                    () -> "no " + staging.relativize(parentPom));
            if (!staged) {
                break;
            }
            Element next = parse(parentPom).getDocumentElement();
            chain.add(next);
            parent = child(next, "parent");
        }
        // Maven does not inherit a name: each POM has its own.
        required(artifactId, "name", text(project, "name"));
        required(artifactId, "description", inherited(chain, e -> text(e, "description")));
        required(artifactId, "url", inherited(chain, e -> text(e, "url")));
        Element licenses = inheritedElement(chain, "licenses");
        Element license = licenses == null ? null : child(licenses, "license");
        required(artifactId, "licenses/license/name", license == null ? "" : text(license, "name"));
        required(artifactId, "licenses/license/url", license == null ? "" : text(license, "url"));
        Element developers = inheritedElement(chain, "developers");
        Element developer = developers == null ? null : child(developers, "developer");
        required(artifactId, "developers/developer/name",
                developer == null ? "" : text(developer, "name") + text(developer, "id"));
        Element scm = inheritedElement(chain, "scm");
        required(artifactId, "scm/url", scm == null ? "" : text(scm, "url"));
        required(artifactId, "scm/connection", scm == null ? "" : text(scm, "connection"));
        required(artifactId, "scm/developerConnection", scm == null ? "" : text(scm, "developerConnection"));
        String ownVersion = text(project, "version");
        String effectiveVersion = ownVersion.isEmpty() ? text(child(project, "parent"), "version") : ownVersion;
        check(artifactId + ": the POM's version is " + version, effectiveVersion.equals(version),
                () -> effectiveVersion);
    }

    private void required(String artifactId, String element, String value) {
        check(artifactId + ": POM has " + element, !value.isBlank() && !value.contains("${"),
                () -> value.isBlank() ? "missing or empty" : "unresolved: " + value);
    }

    private static String inherited(List<Element> chain, java.util.function.Function<Element, String> value) {
        return chain.stream().map(value).filter(v -> !v.isBlank()).findFirst().orElse("");
    }

    private static Element inheritedElement(List<Element> chain, String name) {
        return chain.stream().map(e -> child(e, name)).filter(e -> e != null).findFirst().orElse(null);
    }

    /** The SBOM names its module and lists no test-scope dependency. */
    private void sbom(String artifactId, Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Element bom = parse(file).getDocumentElement();
        Element metadata = child(bom, "metadata");
        Element component = metadata == null ? null : child(metadata, "component");
        String described = component == null ? "" : text(component, "name") + ":" + text(component, "version");
        check(artifactId + ": the SBOM describes " + artifactId + ":" + version,
                bom.getLocalName().equals("bom") && described.equals(artifactId + ":" + version), () -> described);
        Element components = child(bom, "components");
        List<String> listed = new ArrayList<>();
        if (components != null) {
            for (Node n = components.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("component")) {
                    listed.add(text(e, "group") + ":" + text(e, "name"));
                }
            }
        }
        List<String> testOnly = listed.stream().filter(name -> name.startsWith("org.junit")
                || name.startsWith("net.jqwik") || name.startsWith("com.google.testing.compile")
                || name.startsWith("org.eclipse.jdt")).toList();
        check(artifactId + ": the SBOM lists no test dependency", testOnly.isEmpty(), () -> testOnly.toString());
        if (artifactId.equals("closecodes-processor")) {
            check(artifactId + ": the SBOM lists the annotations and JavaPoet",
                    listed.contains("dev.closecodes:closecodes-annotations")
                            && listed.contains("com.palantir.javapoet:javapoet"), () -> listed.toString());
        }
    }

    /** No test or benchmark class or test resource, and the license, in a published jar or sources jar. */
    private void jar(String artifactId, Path file, String suffix, Set<String> forbidden, Set<String> testResources)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> entries;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).toList();
        }
        String label = artifactId + ": " + file.getFileName();
        List<String> found = new ArrayList<>();
        for (String entry : entries) {
            String name = entry.endsWith(suffix) ? entry.substring(0, entry.length() - suffix.length()) : null;
            String outer = name == null ? null : name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            String simple = outer == null ? "" : outer.substring(outer.lastIndexOf('/') + 1);
            if ((outer != null && forbidden.contains(outer)) || testResources.contains(entry)
                    || simple.endsWith("Test") || simple.endsWith("Tests") || simple.endsWith("IT")
                    || entry.startsWith("org/openjdk/jmh/") || entry.contains("jmh_generated")
                    || entry.equals("META-INF/BenchmarkList") || entry.startsWith("org/junit/")) {
                found.add(entry);
            }
        }
        check(label + " carries no test or benchmark class", found.isEmpty(), () -> found.toString());
        check(label + " carries META-INF/LICENSE and META-INF/NOTICE",
                entries.contains("META-INF/LICENSE") && entries.contains("META-INF/NOTICE"), () -> "missing");
        long published = entries.stream().filter(e -> e.endsWith(suffix)).count();
        check(label + " is not empty", published > 0, () -> "no " + suffix + " entry");
    }

    /** Every class of a test source set, and every class of a module that is never published. */
    private Set<String> forbiddenClasses() throws IOException {
        Set<String> classes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(tree)) {
            files.map(f -> tree.relativize(f).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(".java") && !inBuildOutput(path)).forEach(path -> {
                        String module = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
                        int test = path.indexOf("/src/test/java/");
                        int main = path.indexOf("/src/main/java/");
                        if (test >= 0) {
                            classes.add(strip(path.substring(test + "/src/test/java/".length())));
                        } else if (main >= 0 && !PUBLISHED_SOURCES.contains(module)) {
                            classes.add(strip(path.substring(main + "/src/main/java/".length())));
                        }
                    });
        }
        check("test and benchmark classes found in " + tree, classes.size() > 10, () -> classes.toString());
        return classes;
    }

    private Set<String> testResources() throws IOException {
        Set<String> resources = new TreeSet<>();
        try (Stream<Path> files = Files.walk(tree)) {
            files.filter(Files::isRegularFile).map(f -> tree.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.contains("/src/test/resources/") && !inBuildOutput(p))
                    .map(p -> p.substring(p.indexOf("/src/test/resources/") + "/src/test/resources/".length()))
                    // A jar's own descriptors (a service file, Gradle's processor metadata) may share a test's path.
                    .filter(p -> !p.startsWith("META-INF/"))
                    .forEach(resources::add);
        }
        return resources;
    }

    /** A path, relative to the tree, inside a build's output or installed packages rather than the sources. */
    private static boolean inBuildOutput(String path) {
        return path.startsWith("target/") || path.contains("/target/") || path.contains("node_modules/");
    }

    private static String strip(String javaFile) {
        return javaFile.substring(0, javaFile.length() - ".java".length());
    }

    private void check(String label, boolean ok, Supplier<String> why) {
        if (ok) {
            passed++;
            System.out.println("ok    " + label);
        } else {
            fail(label, why.get());
        }
    }

    private void fail(String label, String why) {
        failures.add(label + ": " + why);
        System.out.println("FAIL  " + label + ": " + why);
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static String digest(Path file, String algorithm) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (org.xml.sax.SAXException e) {
            throw new UncheckedIOException(new IOException(file + " is not XML: " + e.getMessage(), e));
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().strip();
    }
}
