package io.labforge.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.model.NetworkKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schema for editors accepts what Labforge writes and reads, and refuses what it refuses. */
class LabSchemaTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static JsonSchema schema;
    private static JsonNode schemaTree;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = LabFiles.class.getResourceAsStream("lab.schema.json")) {
            schemaTree = new ObjectMapper().readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree);
    }

    static Stream<Path> samples() throws Exception {
        return SamplesTest.samples();
    }

    private static Set<ValidationMessage> check(String yaml) throws Exception {
        return schema.validate(YAML.readTree(yaml));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsValid(Path sample) throws Exception {
        assertThat(check(Files.readString(sample))).isEmpty();
    }

    @Test
    void whatLabforgeWritesIsValid() throws Exception {
        RandomLabs labs = new RandomLabs(99L);
        for (int i = 0; i < 100; i++) {
            assertThat(check(LabFiles.toYaml(labs.next()))).isEmpty();
        }
    }

    @Test
    void refusesUnknownKeys() throws Exception {
        String base = "schemaVersion: 1\nname: t\n";
        assertThat(check(base + "bogus: 1\n")).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("bogus"));
        assertThat(check(base + "nodes:\n  - { id: a, kind: linux-vm, hostnme: x }\n")).isNotEmpty();
        assertThat(check(base + "nodes:\n  - { id: a, kind: linux-vm, nics: [ { network: lan, ipp: x } ] }\n")).isNotEmpty();
        assertThat(check(base + "nodes:\n  - { id: a, kind: load-balancer, role: { frontend: [] } }\n")).isNotEmpty();
    }

    @Test
    void refusesWhatTheReaderRefuses() throws Exception {
        String base = "schemaVersion: 1\nname: t\n";
        assertThat(check(base + "networks:\n  - { id: lan, kind: lan, vlan: 5000 }\n")).isNotEmpty();
        assertThat(check(base + "networks:\n  - { id: lan, kind: office }\n")).isNotEmpty();
        assertThat(check(base + "nodes:\n  - { id: a, kind: linux-wm }\n")).isNotEmpty();
        assertThat(check(base + "nodes:\n  - { id: a, kind: firewall, flavor: pfsens }\n")).isNotEmpty();
        assertThat(check(base + "nodes:\n  - { id: a, kind: linux-vm, resources: { cores: -1 } }\n")).isNotEmpty();
        assertThat(check(base + "nodes:\n  - { id: a, kind: linux-vm, resources: { memory: '2048' } }\n")).isNotEmpty();
        assertThat(check("schemaVersion: 2\nname: t\n")).isNotEmpty();
        assertThat(check("name: t\n")).isNotEmpty();
    }

    @Test
    void kindsFlavorsAndRoleKeysMatchTheRegistry() {
        List<String> kinds = new ArrayList<>();
        schemaTree.at("/$defs/node/properties/kind/enum").forEach(k -> kinds.add(k.asText()));
        assertThat(kinds).isEqualTo(NodeKinds.builtin().ids());
        List<String> networkKinds = new ArrayList<>();
        schemaTree.at("/$defs/network/properties/kind/enum").forEach(k -> networkKinds.add(k.asText()));
        assertThat(networkKinds).isEqualTo(NetworkKind.ids());
        for (JsonNode rule : schemaTree.at("/$defs/node/allOf")) {
            NodeKind kind = NodeKinds.builtin().get(rule.at("/if/properties/kind/const").asText());
            List<String> flavors = new ArrayList<>();
            rule.at("/then/properties/flavor/enum").forEach(f -> flavors.add(f.asText()));
            assertThat(flavors).as(kind.id()).isEqualTo(kind.flavorIds());
            Set<String> roleKeys = new TreeSet<>();
            rule.at("/then/properties/role/properties").fieldNames().forEachRemaining(roleKeys::add);
            assertThat(roleKeys).as(kind.id()).isEqualTo(new TreeSet<>(kind.roleKeys()));
        }
        assertThat(schemaTree.at("/$defs/node/allOf").size()).isEqualTo(NodeKinds.builtin().ids().size());
    }

    @Test
    void fileKeysMatchTheReader() {
        assertThat(keys("/properties")).isEqualTo(BindingErrors.validKeys(LabDto.class));
        assertThat(keys("/$defs/network/properties")).isEqualTo(BindingErrors.validKeys(NetworkDto.class));
        assertThat(keys("/$defs/node/properties")).isEqualTo(BindingErrors.validKeys(NodeDto.class));
        assertThat(keys("/$defs/nic/properties")).isEqualTo(BindingErrors.validKeys(NicDto.class));
        assertThat(keys("/$defs/group/properties")).isEqualTo(BindingErrors.validKeys(GroupDto.class));
        assertThat(keys("/$defs/target/properties")).isEqualTo(BindingErrors.validKeys(TargetDto.class));
        assertThat(keys("/$defs/node/properties/resources/properties")).isEqualTo(BindingErrors.validKeys(ResourcesDto.class));
    }

    private static List<String> keys(String pointer) {
        List<String> out = new ArrayList<>();
        schemaTree.at(pointer).fieldNames().forEachRemaining(out::add);
        return out;
    }
}
