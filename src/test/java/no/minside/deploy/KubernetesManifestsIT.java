package no.minside.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests {@code ./mvnw package} generates (quarkus-kubernetes, target/kubernetes/kubernetes.yml) and the
 * ConfigMap and Secret example (docker/kubernetes-config.example.yml), validated against the Kubernetes API's model:
 * each document is read into the fabric8 class of its apiVersion and kind with no coercion, so a wrong type fails;
 * a field the API does not know (a misspelling, a field at the wrong level) fails too; the values the API checks
 * beyond types (names, ports, quantities, int-or-percent, label selectors) are checked here. Then what the
 * deployment needs: probes on the management port, the Service on the public port only, the autoscaler on the
 * Deployment, the config from the ConfigMap and the Secret, resource limits in line with the image's JVM flags, a
 * non-root container with a read-only root filesystem and {@code /tmp} on an emptyDir.
 *
 * <p>An IT (failsafe, after {@code package}): the manifests are written by the Quarkus build, after the unit tests.
 */
class KubernetesManifestsIT {

    private static final Path MANIFESTS = Path.of("target/kubernetes/kubernetes.yml");
    private static final Path CONFIG_EXAMPLE = Path.of("docker/kubernetes-config.example.yml");
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "apps/v1 Deployment", Deployment.class,
            "v1 Service", Service.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Secret", Secret.class);
    /** RFC 1123 DNS label: names of Services, ports' names are IANA service names (at most 15 characters). */
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern PERCENT = Pattern.compile("\\d+%");
    private static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** No "5" for 5, no unknown property slipping through a missing any-setter. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    private static List<HasMetadata> generated;
    private static Deployment deployment;
    private static Container container;

    @BeforeAll
    static void read() throws IOException {
        assertThat(MANIFESTS).as("written by ./mvnw package (quarkus-kubernetes)").exists();
        generated = documents(MANIFESTS);
        deployment = one(Deployment.class);
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
        container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    @Test
    void exactlyTheResourcesTheClusterNeeds() {
        assertThat(generated).extracting(r -> r.getKind() + " " + r.getMetadata().getName())
                .containsExactlyInAnyOrder("Deployment min-side", "Service min-side",
                        "HorizontalPodAutoscaler min-side", "PodDisruptionBudget min-side");
        for (HasMetadata resource : generated) {
            assertThat(resource.getMetadata().getName()).matches(DNS_LABEL);
            assertThat(resource.getMetadata().getLabels()).containsEntry("app.kubernetes.io/name", "min-side");
        }
    }

    @Test
    void probesAskTheManagementPort() {
        int management = containerPort("management");
        assertThat(management).isEqualTo(9000);
        assertHttpProbe(container.getStartupProbe(), "/q/health/started", management);
        assertHttpProbe(container.getLivenessProbe(), "/q/health/live", management);
        assertHttpProbe(container.getReadinessProbe(), "/q/health/ready", management);
        // A start (Flyway migrating) may take up to three minutes before liveness may restart the pod.
        Probe startup = container.getStartupProbe();
        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).isGreaterThanOrEqualTo(120);
        assertThat(container.getReadinessProbe().getPeriodSeconds()
                * container.getReadinessProbe().getFailureThreshold()).as("out of the Service within 10 s")
                .isLessThanOrEqualTo(10);
    }

    @Test
    void theServicePublishesThePublicPortOnly() {
        Service service = one(Service.class);
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getTargetPort()).isIn(new IntOrString(8080), new IntOrString("http"));
            assertThat(port.getProtocol()).isEqualTo("TCP");
        });
        assertThat(containerPort("http")).isEqualTo(8080);
        assertSelects(service.getSpec().getSelector(), deployment);
        assertSelects(deployment.getSpec().getSelector().getMatchLabels(), deployment);
        assertThat(deployment.getSpec().getSelector().getMatchLabels()).as("a selector survives a new version")
                .doesNotContainKey("app.kubernetes.io/version");
    }

    @Test
    void theAutoscalerAndTheDisruptionBudgetKeepTwoPods() {
        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        assertThat(hpa.getSpec().getMetrics()).isNotEmpty().allSatisfy(metric -> {
            assertThat(metric.getType()).isEqualTo("Resource");
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
            assertThat(metric.getResource().getTarget().getAverageUtilization()).isBetween(1, 100);
        });
        assertThat(container.getResources().getRequests()).as("utilization is measured against the request")
                .containsKey("cpu");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(hpa.getSpec().getMinReplicas());

        PodDisruptionBudget pdb = one(PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getMinAvailable()).isEqualTo(new IntOrString(1));
        assertSelects(pdb.getSpec().getSelector().getMatchLabels(), deployment);

        var rolling = deployment.getSpec().getStrategy().getRollingUpdate();
        assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertIntOrPercent(rolling.getMaxSurge());
        assertIntOrPercent(rolling.getMaxUnavailable());
        assertThat(rolling.getMaxUnavailable()).as("no pod leaves before its successor is ready")
                .isIn(new IntOrString(0), new IntOrString("0%"));
    }

    @Test
    void memoryInLineWithTheImagesJvmFlags() throws IOException {
        var resources = container.getResources();
        long limit = bytes(resources.getLimits().get("memory"));
        assertThat(bytes(resources.getRequests().get("memory"))).as("guaranteed memory").isEqualTo(limit);
        // docker/Dockerfile: the heap is half the container (-XX:MaxRAMPercentage=50): 256 MB in 512 Mi, the heap
        // the benchmark measured (-Xmx256m, 326 MB resident after load).
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        Matcher percent = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(dockerfile);
        assertThat(percent.find()).isTrue();
        long heap = limit * Long.parseLong(percent.group(1)) / 100;
        assertThat(heap).isEqualTo(256L * 1024 * 1024);
        assertThat(dockerfile).contains("-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m");
        assertThat(resources.getLimits()).containsKey("cpu");
        assertThat(Quantity.getAmountInBytes(resources.getLimits().get("cpu")))
                .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(resources.getRequests().get("cpu")));
    }

    @Test
    void aNonRootContainerWithAReadOnlyRootFilesystem() {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(pod.getAutomountServiceAccountToken()).as("the app never calls the Kubernetes API").isFalse();
        var security = container.getSecurityContext();
        assertThat(security.getRunAsNonRoot()).isTrue();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getPrivileged()).isFalse();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();
        assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        // The only writable place: /tmp (uploads are spooled there before they go into the database).
        assertThat(container.getVolumeMounts()).singleElement().satisfies(mount -> {
            assertThat(mount.getMountPath()).isEqualTo("/tmp");
            assertThat(pod.getVolumes()).filteredOn(v -> v.getName().equals(mount.getName())).singleElement()
                    .satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
        });
        assertThat(container.getEnv()).anySatisfy(env -> {
            assertThat(env.getName()).isEqualTo("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY");
            assertThat(env.getValue()).startsWith("/tmp/");
        });
        assertThat(pod.getInitContainers()).isNullOrEmpty();
        assertThat(container.getImage()).endsWith("/min-side:" + deployment.getMetadata().getLabels()
                .get("app.kubernetes.io/version"));
    }

    /** Every setting the app requires in production (a ${NAME} without default) comes from the ConfigMap or Secret. */
    @Test
    void configFromTheConfigMapAndSecretsFromTheSecret() throws IOException {
        assertThat(container.getEnvFrom()).extracting(
                from -> from.getConfigMapRef() != null ? "configmap " + from.getConfigMapRef().getName()
                        : "secret " + from.getSecretRef().getName())
                .containsExactlyInAnyOrder("configmap min-side-config", "secret min-side-secrets");
        assertThat(container.getEnv()).allSatisfy(env -> assertThat(env.getName()).matches(ENV_NAME));

        List<HasMetadata> example = documents(CONFIG_EXAMPLE);
        ConfigMap config = example.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .findFirst().orElseThrow();
        Secret secret = example.stream().filter(Secret.class::isInstance).map(Secret.class::cast)
                .findFirst().orElseThrow();
        assertThat(config.getMetadata().getName()).isEqualTo("min-side-config");
        assertThat(secret.getMetadata().getName()).isEqualTo("min-side-secrets");
        Set<String> secrets = secret.getStringData().keySet();
        assertThat(secrets).contains("SESSION_KEY", "LETTER_KEY", "STAFF_KEY", "PIN_KEY", "DB_PASSWORD",
                "QUARKUS_MAILER_PASSWORD", "BANKID_CLIENT_SECRET");
        assertThat(config.getData().keySet()).as("no secret in the ConfigMap")
                .doesNotContainAnyElementsOf(secrets).allSatisfy(name -> assertThat(name).matches(ENV_NAME));
        assertThat(config.getData()).containsKeys("DB_URL", "DB_USER", "QUARKUS_MAILER_HOST", "MAIL_FROM",
                "PORTAL_URL");

        Set<String> provided = new HashSet<>(config.getData().keySet());
        provided.addAll(secrets);
        assertThat(provided).containsAll(requiredInProduction());
    }

    /** The variables application.properties reads without a default, for the prod profile. */
    private static Set<String> requiredInProduction() throws IOException {
        Set<String> required = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher("");
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            if (line.startsWith("#") || line.startsWith("%dev.") || line.startsWith("%test.")
                    || line.startsWith("%benchmark.")) {
                continue;
            }
            m.reset(line);
            while (m.find()) {
                required.add(m.group(1));
            }
        }
        assertThat(required).contains("DB_URL", "DB_USER", "DB_PASSWORD", "SESSION_KEY", "LETTER_KEY", "STAFF_KEY",
                "PIN_KEY");
        return required;
    }

    // ---- reading and validating

    /** Every document of a multi-document YAML file, each read strictly into the class of its kind. */
    private static List<HasMetadata> documents(Path file) throws IOException {
        List<HasMetadata> resources = new ArrayList<>();
        try (var parser = YAML.createParser(file.toFile())) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode node = it.next();
                if (node == null || node.isEmpty()) {
                    continue;
                }
                String kind = node.path("apiVersion").asText() + " " + node.path("kind").asText();
                Class<? extends HasMetadata> type = KINDS.get(kind);
                assertThat(type).as("a kind this deployment should have: " + kind).isNotNull();
                HasMetadata resource = STRICT.treeToValue(node, type);
                assertNoUnknownFields(resource, kind, new IdentityHashMap<>());
                JsonNode back = STRICT.valueToTree(resource);
                assertThat(difference("", node, back)).as("read back as written: " + kind).isEmpty();
                resources.add(resource);
            }
        }
        return resources;
    }

    /** The first path where the two trees differ, or "" when they are the same. */
    private static String difference(String path, JsonNode written, JsonNode read) {
        if (written.isObject() && read.isObject()) {
            Set<String> names = new TreeSet<>();
            written.fieldNames().forEachRemaining(names::add);
            read.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String d = difference(path + "." + name, written.path(name), read.path(name));
                if (!d.isEmpty()) {
                    return d;
                }
            }
            return "";
        }
        if (written.isArray() && read.isArray() && written.size() == read.size()) {
            for (int i = 0; i < written.size(); i++) {
                String d = difference(path + "[" + i + "]", written.get(i), read.get(i));
                if (!d.isEmpty()) {
                    return d;
                }
            }
            return "";
        }
        if (written.isNumber() && read.isNumber()) {
            return written.decimalValue().compareTo(read.decimalValue()) == 0 ? "" : path + ": written " + written
                    + ", read " + read;
        }
        return written.equals(read) ? "" : path + ": written " + written + ", read " + read;
    }

    /**
     * The model keeps what it does not know in additionalProperties (an any-setter): a field of no API version.
     * Walks the whole object graph of the model.
     */
    private static void assertNoUnknownFields(Object value, String where, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(item -> assertNoUnknownFields(item, where, seen));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> assertNoUnknownFields(item, where, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.") || value instanceof IntOrString
                || value instanceof Quantity) {
            return;
        }
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(value.getClass()).getPropertyDescriptors()) {
                Method read = property.getReadMethod();
                if (read == null || read.getParameterCount() != 0 || read.getDeclaringClass() == Object.class) {
                    continue;
                }
                Object child = read.invoke(value);
                if (property.getName().equals("additionalProperties")) {
                    assertThat((Map<?, ?>) child).as("fields the Kubernetes API does not know, in %s %s", where,
                            value.getClass().getSimpleName()).isNullOrEmpty();
                } else {
                    assertNoUnknownFields(child, where, seen);
                }
            }
        } catch (ReflectiveOperationException | java.beans.IntrospectionException e) {
            throw new AssertionError(e);
        }
    }

    private static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = generated.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static int containerPort(String name) {
        assertThat(container.getPorts()).extracting(ContainerPort::getName)
                .allSatisfy(n -> assertThat(n).matches(DNS_LABEL).hasSizeLessThanOrEqualTo(15))
                .doesNotHaveDuplicates();
        return container.getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .map(ContainerPort::getContainerPort).orElseThrow(() -> new AssertionError("no port " + name));
    }

    private static void assertHttpProbe(Probe probe, String path, int port) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort()).isIn(new IntOrString(port), new IntOrString("management"));
        assertThat(probe.getHttpGet().getScheme()).isEqualTo("HTTP");
        assertThat(probe.getTimeoutSeconds()).isPositive();
        assertThat(probe.getPeriodSeconds()).isGreaterThan(probe.getTimeoutSeconds());
        assertThat(probe.getFailureThreshold()).isPositive();
        assertThat(probe.getSuccessThreshold()).as("must be 1 for liveness and startup").isEqualTo(1);
    }

    private static void assertSelects(Map<String, String> selector, Deployment target) {
        assertThat(selector).isNotEmpty();
        assertThat(target.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(selector);
    }

    /** The API takes an int or a string ending in %, nothing else ("1" as a string is refused). */
    private static void assertIntOrPercent(IntOrString value) {
        assertThat(value).isNotNull();
        if (value.getStrVal() != null) {
            assertThat(value.getStrVal()).matches(PERCENT);
        } else {
            assertThat(value.getIntVal()).isNotNegative();
        }
    }

    private static long bytes(Quantity quantity) {
        assertThat(quantity).isNotNull();
        // Throws on what the API would refuse (a unit it does not know).
        return Quantity.getAmountInBytes(quantity).longValueExact();
    }
}
