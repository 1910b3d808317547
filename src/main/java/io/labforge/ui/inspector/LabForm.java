package io.labforge.ui.inspector;

import io.labforge.edit.Command;
import io.labforge.model.Target;
import io.labforge.ui.LabDocument;

import static io.labforge.ui.inspector.NodeForm.blank;

/** The inspector's form when nothing is selected: the lab itself and its deploy target. */
final class LabForm {

    private LabForm() {
    }

    static Form of(LabDocument doc) {
        var lab = doc.current();
        Target t = lab.target() == null ? new Target(null, null, null, null) : lab.target();
        Form f = new Form();
        f.text("lab-name", "Lab name", lab.name(), "", v -> v.isEmpty() ? "required" : null,
                v -> doc.push(Command.of("Rename lab to " + v, l -> l.withName(v))));
        f.text("lab-description", "Description", lab.description(), "", Checks::none,
                v -> doc.push(Command.of("Set lab description", l -> l.withDescription(blank(v)))));
        f.text("target-profile", "Connection", t.profile(), "e.g. home-pve", Checks::none,
                v -> doc.push(Command.of("Set connection profile", l -> l.withTarget(new Target(blank(v), t.node(), t.storage(), t.pool())))));
        f.text("target-node", "Proxmox node", t.node(), "e.g. pve", Checks::optionalHostname,
                v -> doc.push(Command.of("Set target node", l -> l.withTarget(new Target(t.profile(), blank(v), t.storage(), t.pool())))));
        f.text("target-storage", "Storage", t.storage(), "e.g. local-lvm", Checks::none,
                v -> doc.push(Command.of("Set target storage", l -> l.withTarget(new Target(t.profile(), t.node(), blank(v), t.pool())))));
        f.text("target-pool", "Pool", t.pool(), "e.g. lab-homelab", Checks::none,
                v -> doc.push(Command.of("Set target pool", l -> l.withTarget(new Target(t.profile(), t.node(), t.storage(), blank(v))))));
        return f;
    }
}
