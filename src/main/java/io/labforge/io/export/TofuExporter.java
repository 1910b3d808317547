package io.labforge.io.export;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code tofu}: an OpenTofu/Terraform configuration for the bpg/proxmox provider, for users who
 * move the lab on to infrastructure as code. Credentials and SSH keys are variables; see
 * docs/export.md for what the file holds and how it was checked.
 */
public final class TofuExporter implements Exporter {

    @Override
    public String format() {
        return "tofu";
    }

    @Override
    public String extension() {
        return "tf";
    }

    @Override
    public void export(Lab lab, ExportOptions options, OutputStream out) throws IOException {
        out.write(new TofuConfig(lab, NodeKinds.builtin()).write().getBytes(StandardCharsets.UTF_8));
    }
}
