package io.labforge.deploy.provision;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RenderSmokeTest {

    @Test
    void homelabRendersEveryFileWithoutErrors() throws Exception {
        for (var lab : java.util.List.of(Homelab.lab(), Homelab.withNftablesRouter())) {
            RenderedLab r = Homelab.render(lab);
            assertThat(r.errors()).isEmpty();
            String dump = System.getProperty("dump");
            if (dump != null) {
                for (GeneratedFile f : r.files()) {
                    Path p = Path.of(dump, f.relativePath());
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, f.content());
                }
            }
        }
    }
}
