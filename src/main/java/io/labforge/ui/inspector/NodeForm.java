package io.labforge.ui.inspector;

import atlantafx.base.theme.Styles;
import io.labforge.edit.Connect;
import io.labforge.edit.Disconnect;
import io.labforge.edit.EditNode;
import io.labforge.edit.Ids;
import io.labforge.edit.Rename;
import io.labforge.kind.Flavor;
import io.labforge.kind.NodeKind;
import io.labforge.kind.Realization;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Resources;
import io.labforge.ui.LabDocument;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inspector's form for one node. */
final class NodeForm {

    private NodeForm() {
    }

    static Form of(LabDocument doc, Node node) {
        Lab lab = doc.current();
        NodeKind kind = doc.kinds().find(node.kind()).orElse(null);
        Form f = new Form();
        String id = node.id();
        f.text("id", "Name", id, "", v -> {
            String why = Checks.id(v);
            return why == null && !v.equals(id) && Ids.taken(lab).contains(v) ? "'" + v + "' is already used" : why;
        }, v -> {
            doc.push(new Rename(id, v));
            doc.selection().set(List.of(v));
        });
        f.add("Kind", new Label(kind == null ? "unknown kind: " + node.kind() : kind.label()));
        if (kind != null && kind.flavors().size() > 1) {
            ComboBox<String> fl = f.choice("flavor", "Flavor", kind.flavorIds(), kind.flavorOf(node).id(),
                    v -> doc.push(new EditNode(id, "flavor", n -> n.withFlavor(v))));
            fl.setConverter(new javafx.util.StringConverter<>() {
                public String toString(String s) {
                    return s == null ? "" : kind.flavor(s).map(Flavor::label).orElse(s);
                }

                public String fromString(String s) {
                    return s;
                }
            });
        }
        Realization r = doc.kinds().realization(node);
        String source = doc.kinds().find(node.kind()).map(k -> k.flavorOf(node).source()).orElse(null);
        if (r == Realization.VM_FROM_ISO) {
            f.text("iso", "ISO", node.iso(), source, Checks::none, v -> doc.push(new EditNode(id, "ISO", n -> n.withIso(blank(v)))));
        } else if (r.isGuest()) {
            f.text("template", "Template", node.template(), source, Checks::none,
                    v -> doc.push(new EditNode(id, "template", n -> n.withTemplate(blank(v)))));
        }
        if (r.isGuest()) {
            Resources d = kind == null ? Resources.UNSET : kind.flavorOf(node).defaults();
            Resources res = node.resources();
            f.text("cores", "Cores", str(res.cores()), str(d.cores()), v -> Checks.optionalInt(v, 1, 512),
                    v -> doc.push(new EditNode(id, "cores", n -> n.withResources(n.resources().withCores(Checks.toInt(v))))));
            f.text("memory", "Memory MiB", str(res.memory()), str(d.memory()), v -> Checks.optionalInt(v, 16, 4_194_304),
                    v -> doc.push(new EditNode(id, "memory", n -> n.withResources(n.resources().withMemory(Checks.toInt(v))))));
            f.text("disk", "Disk GiB", str(res.disk()), str(d.disk()), v -> Checks.optionalInt(v, 1, 65_536),
                    v -> doc.push(new EditNode(id, "disk", n -> n.withResources(n.resources().withDisk(Checks.toInt(v))))));
            f.text("vmid", "VMID", str(node.vmid()), "allocated at deploy", v -> Checks.optionalInt(v, 100, 999_999_999),
                    v -> doc.push(new EditNode(id, "VMID", n -> n.withVmid(Checks.toInt(v)))));
            f.text("pve-node", "Proxmox node", node.proxmoxNode(), "target's node", Checks::optionalHostname,
                    v -> doc.push(new EditNode(id, "Proxmox node", n -> n.withProxmoxNode(blank(v)))));
            f.text("hostname", "Hostname", node.hostname(), id, Checks::optionalHostname,
                    v -> doc.push(new EditNode(id, "hostname", n -> n.withHostname(blank(v)))));
        }
        f.text("tags", "Tags", String.join(", ", node.tags()), "e.g. lab, web", Checks::tags,
                v -> doc.push(new EditNode(id, "tags", n -> n.withTags(v.isEmpty() ? List.of()
                        : Arrays.stream(v.split(",")).map(String::strip).toList()))));
        nics(f, doc, node, lab);
        if (kind != null && !kind.roleKeys().isEmpty()) {
            role(f, doc, node, kind);
        }
        return f;
    }

    private static void nics(Form f, LabDocument doc, Node node, Lab lab) {
        Label title = new Label("Network interfaces");
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "inspector-section");
        f.span(title);
        List<String> networks = lab.networks().stream().map(Network::id).toList();
        for (int i = 0; i < node.nics().size(); i++) {
            int index = i;
            Nic nic = node.nics().get(i);
            String cidr = lab.network(nic.network()).map(Network::cidr).orElse(null);
            ComboBox<String> net = new ComboBox<>();
            net.setId("insp-nic" + i + "-network");
            net.getItems().setAll(networks);
            net.setValue(nic.network());
            net.setPrefWidth(92);
            net.setMinWidth(Region.USE_PREF_SIZE); // the address field gives way, not the network's name
            net.valueProperty().addListener((o, a, b) -> {
                if (b != null && !b.equals(nic.network())) {
                    doc.push(new EditNode(node.id(), "net" + index, n -> n.withNics(replace(n.nics(), index, nic.withNetwork(b)))));
                }
            });
            TextField ip = Form.field("nic" + i + "-ip", nic.isDhcp() ? "dhcp" : nic.ip(), "dhcp",
                    v -> Checks.nicAddress(v, cidr),
                    v -> doc.push(new EditNode(node.id(), "address of net" + index,
                            n -> n.withNics(replace(n.nics(), index, nic.withIp(v.isEmpty() ? Nic.DHCP : v.toLowerCase()))))),
                    why -> { });
            HBox.setHgrow(ip, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.setId("insp-nic" + i + "-remove");
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setOnAction(e -> doc.push(new Disconnect(node.id(), index)));
            // the whole width of the inspector: network, address and remove side by side need it
            Label name = new Label("net" + i);
            name.getStyleClass().add(Styles.TEXT_MUTED);
            name.setMinWidth(40);
            HBox line = new HBox(6, name, net, ip, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            f.span(line);
        }
        MenuButton add = new MenuButton("Add interface", new FontIcon("mdi2p-plus"));
        add.setId("insp-add-nic");
        for (String n : networks) {
            MenuItem item = new MenuItem(n);
            item.setOnAction(e -> doc.push(new Connect(node.id(), n, doc.kinds())));
            add.getItems().add(item);
        }
        add.setDisable(networks.isEmpty());
        f.add("", add);
    }

    private static void role(Form f, LabDocument doc, Node node, NodeKind kind) {
        Label title = new Label("Role settings");
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "inspector-section");
        f.span(title);
        for (String key : kind.roleKeys().stream().sorted().toList()) {
            Object value = node.role().get(key);
            var list = RoleFields.of(kind.id(), key, value);
            if (list.isPresent()) {
                Label name = new Label(key);
                name.getStyleClass().add(Styles.TEXT_MUTED);
                f.span(name);
                f.span(list.get() instanceof RoleField.Table t ? TableEditor.of(doc, node, key, t)
                        : ValueListEditor.of(doc, node, key, (RoleField.Values) list.get()));
                continue;
            }
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                Label l = new Label(String.valueOf(value));
                l.setWrapText(true);
                l.getStyleClass().add(Styles.TEXT_SMALL);
                f.add(key, l);
                continue;
            }
            f.text("role-" + key, key, value == null ? "" : String.valueOf(value), "", Checks::none, v -> doc.push(
                    new EditNode(node.id(), key, n -> n.withRole(withKey(n.role(), key, v)))));
        }
    }

    private static Map<String, Object> withKey(Map<String, Object> role, String key, String v) {
        Map<String, Object> out = new LinkedHashMap<>(role);
        if (v.isEmpty()) {
            out.remove(key);
        } else {
            out.put(key, v.matches("-?\\d{1,9}") ? (Object) Integer.valueOf(v) : v);
        }
        return out;
    }

    private static List<Nic> replace(List<Nic> nics, int index, Nic nic) {
        List<Nic> out = new ArrayList<>(nics);
        out.set(index, nic);
        return out;
    }

    static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    static String blank(String v) {
        return v.isEmpty() ? null : v;
    }
}
