package io.labforge.app;

/** Facts about this build. */
public final class AppInfo {

    private AppInfo() {
    }

    /** The version from the jar manifest (set from the pom), or {@code dev} when run from classes. */
    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
