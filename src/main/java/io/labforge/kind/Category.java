package io.labforge.kind;

/** Palette groups, in palette order. */
public enum Category {
    NETWORK("Network"),
    EDGE("Edge"),
    COMPUTE("Compute"),
    KUBERNETES("Kubernetes"),
    DATA("Data"),
    IDENTITY("Identity"),
    SECURITY_MONITORING("Security & Monitoring");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
