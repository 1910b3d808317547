package io.labforge.model;

/**
 * Sizing of a guest; a {@code null} field takes the node kind's default.
 *
 * @param cores  vCPU cores
 * @param memory MiB
 * @param disk   GiB of the boot disk
 */
public record Resources(Integer cores, Integer memory, Integer disk) {

    public static final Resources UNSET = new Resources(null, null, null);

    /** This, with every unset field taken from {@code defaults}. */
    public Resources orElse(Resources defaults) {
        if (defaults == null) {
            return this;
        }
        return new Resources(
                cores != null ? cores : defaults.cores(),
                memory != null ? memory : defaults.memory(),
                disk != null ? disk : defaults.disk());
    }

    public Resources withCores(Integer c) {
        return new Resources(c, memory, disk);
    }

    public Resources withMemory(Integer m) {
        return new Resources(cores, m, disk);
    }

    public Resources withDisk(Integer d) {
        return new Resources(cores, memory, d);
    }
}
