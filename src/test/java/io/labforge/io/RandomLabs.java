package io.labforge.io;

import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.model.DhcpRange;
import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import io.labforge.model.Resources;
import io.labforge.model.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random labs for property tests: every field set or not, values chosen to trip a YAML writer. */
final class RandomLabs {

    /** Texts that YAML would read as something else unless quoted, or that need escaping. */
    private static final List<String> TRICKY = List.of("yes", "no", "null", "~", "123", "1.5", "0x1F", "1e3", "-", "",
            " leading", "trailing ", "a: b", "#comment", "a #b", "multi\nline", "ends with newline\n", "\n", "tab\there",
            "héllo ✓ 日本", "'quoted'", "\"dq\"", "@at", "`tick", "[x]", "{y}", "*star", "&amp", "!bang", "%pct", ">",
            "|", "52:54:00:12:34:56", "10:30", "1_000", ".inf", "-.inf", ".nan", "0o17", "+12", "2024-01-01", "true",
            "True", "FALSE", "off", "On", "Y", "n", "<<", "=", "?", ": ", "- item", "---", "...", "  indented\n  block\n",
            "trailing spaces  \nline", "\\backslash", "emoji 🚀", "x".repeat(300));

    private final Random random;
    private final NodeKinds kinds = NodeKinds.builtin();
    private int counter;

    RandomLabs(long seed) {
        this.random = new Random(seed);
    }

    Lab next() {
        counter = 0;
        List<Network> networks = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            networks.add(network());
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            nodes.add(node(networks));
        }
        List<Group> groups = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            groups.add(new Group(id(), maybe(text()), nodes.isEmpty() ? List.of()
                    : List.of(pick(nodes).id(), pick(nodes).id())));
        }
        Map<String, Position> layout = new LinkedHashMap<>();
        networks.forEach(n -> maybePlace(layout, n.id()));
        nodes.forEach(n -> maybePlace(layout, n.id()));
        groups.forEach(g -> maybePlace(layout, g.id()));
        Target target = random.nextBoolean() ? null : new Target(maybe(text()), maybe(text()), maybe(text()), maybe(text()));
        return new Lab(text(), maybe(text()), target, networks, nodes, groups, layout);
    }

    private Network network() {
        DhcpRange dhcp = random.nextBoolean() ? null : new DhcpRange(maybe(text()), maybe(text()));
        return new Network(id(), pick(List.of(NetworkKind.values())), maybe(text()), maybe(text()),
                random.nextBoolean() ? null : 1 + random.nextInt(4094), maybe(text()), maybe(text()), dhcp, maybe(text()));
    }

    private Node node(List<Network> networks) {
        NodeKind kind = pick(List.copyOf(kinds.all()));
        List<Nic> nics = new ArrayList<>();
        for (int i = networks.isEmpty() ? 0 : random.nextInt(4); i > 0; i--) {
            nics.add(new Nic(pick(networks).id(), maybe(random.nextBoolean() ? "dhcp" : text()), maybe(text()),
                    random.nextBoolean() ? null : random.nextBoolean()));
        }
        Map<String, Object> role = new LinkedHashMap<>();
        for (String key : kind.roleKeys()) {
            if (random.nextBoolean()) {
                // frontends have a shape that the schema and validation check; other role values are free
                role.put(key, key.equals("frontends")
                        ? List.of(Map.of("port", 1 + random.nextInt(65535), "backends", List.of(text(), text())))
                        : value(3));
            }
        }
        Resources resources = new Resources(random.nextBoolean() ? null : 1 + random.nextInt(512),
                random.nextBoolean() ? null : 16 + random.nextInt(1 << 20), random.nextBoolean() ? null : 1 + random.nextInt(4096));
        List<String> tags = random.nextBoolean() ? List.of() : List.of(text(), text());
        return new Node(id(), kind.id(), random.nextBoolean() ? null : pick(kind.flavorIds()), maybe(text()),
                maybe(text()), maybe(text()), resources, nics, random.nextBoolean() ? null : 100 + random.nextInt(999_999_000),
                maybe(text()), role, tags, maybe(text()));
    }

    /** A role value: scalars, lists and mappings, as a YAML reader gives them back. */
    private Object value(int depth) {
        int choice = random.nextInt(depth > 0 ? 8 : 6);
        return switch (choice) {
            case 0 -> random.nextInt();
            case 1 -> random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(1000) : Integer.MIN_VALUE - 1L - random.nextInt(1000);
            case 2 -> random.nextBoolean() ? random.nextDouble() * 1e6 : (double) random.nextInt(100);
            case 3 -> random.nextBoolean();
            case 4, 5 -> text();
            case 6 -> List.of(value(depth - 1), value(depth - 1));
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(text(), value(depth - 1));
                m.put(id(), value(depth - 1));
                yield m;
            }
        };
    }

    private void maybePlace(Map<String, Position> layout, String id) {
        if (random.nextInt(3) > 0) {
            double x = random.nextBoolean() ? random.nextInt(1600) : random.nextDouble() * 4000 - 2000;
            double y = random.nextInt(10) == 0 ? -0.0 : random.nextBoolean() ? random.nextInt(1000) : random.nextGaussian() * 1e7;
            layout.put(id, new Position(x, y));
        }
    }

    /** A unique, non-blank id that may still look like a YAML keyword or number. */
    private String id() {
        String base = pick(TRICKY).strip();
        return (base.isEmpty() ? "id" : base) + (random.nextBoolean() ? "" : "-") + counter++;
    }

    private String text() {
        return random.nextInt(3) == 0 ? "plain-" + random.nextInt(1000) : pick(TRICKY);
    }

    private String maybe(String s) {
        return random.nextBoolean() ? null : s;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
