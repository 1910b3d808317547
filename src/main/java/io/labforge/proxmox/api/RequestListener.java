package io.labforge.proxmox.api;

/** Observes every request the client sends (each retry attempt too); used by tests and diagnostics. */
@FunctionalInterface
public interface RequestListener {

    RequestListener NONE = r -> { };

    void onRequest(RecordedRequest request);
}
