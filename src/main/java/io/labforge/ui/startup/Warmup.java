package io.labforge.ui.startup;

import io.labforge.io.LabFiles;
import io.labforge.io.export.Exporters;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.validate.Validator;
import org.slf4j.LoggerFactory;

/**
 * While the welcome card is on the screen, a background thread loads and initialises what the designer
 * needs first and that does not touch JavaFX: logging, Jackson, the node kinds, the validation rules.
 * The FX thread then finds them ready; on a machine with two cores the work runs beside it.
 */
public final class Warmup {

    private Warmup() {
    }

    public static void start() {
        Thread t = new Thread(Warmup::run, "labforge-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            LoggerFactory.getLogger(Warmup.class);
            Exporters.builtin();
            LabFiles.toYaml(Lab.empty("warmup"));
            Validator.standard().withKinds(NodeKinds.builtin()).validate(Lab.empty("warmup"));
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: whatever failed here fails again, and is reported, where it is really used.
        }
    }
}
