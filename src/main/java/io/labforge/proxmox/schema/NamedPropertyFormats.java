package io.labforge.proxmox.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Property-string formats the schema names but does not spell out (registered by name in qemu-server and
 * pve-guest-common); the sub-keys are written here from those sources in the schema's own object-format shape.
 */
final class NamedPropertyFormats {

    private static final Map<String, JsonNode> FORMATS = Map.of(
            "pve-qm-ipconfig", parse("""
                    {"ip": {"type": "string", "optional": 1, "pattern": "dhcp|(?:\\\\d{1,3}\\\\.){3}\\\\d{1,3}/\\\\d{1,2}"},
                     "gw": {"type": "string", "optional": 1, "format": "ipv4"},
                     "ip6": {"type": "string", "optional": 1, "pattern": "dhcp|auto|[0-9a-fA-F:.]+/\\\\d{1,3}"},
                     "gw6": {"type": "string", "optional": 1, "format": "ipv6"}}"""),
            "pve-startup-order", parse("""
                    {"order": {"type": "integer", "optional": 1, "minimum": 0, "default_key": 1},
                     "up": {"type": "integer", "optional": 1, "minimum": 0},
                     "down": {"type": "integer", "optional": 1, "minimum": 0}}"""),
            "pve-qm-boot", parse("""
                    {"legacy": {"type": "string", "optional": 1, "pattern": "[acdn]{1,4}", "default_key": 1},
                     "order": {"type": "string", "optional": 1,
                               "pattern": "(?:(?:ide|sata|scsi|virtio|net|efidisk|tpmstate|usb|hostpci)\\\\d+)(?:;(?:(?:ide|sata|scsi|virtio|net|efidisk|tpmstate|usb|hostpci)\\\\d+))*"}}"""),
            "pve-qm-cicustom", parse("""
                    {"user": {"type": "string", "optional": 1, "format": "pve-volume-id"},
                     "network": {"type": "string", "optional": 1, "format": "pve-volume-id"},
                     "meta": {"type": "string", "optional": 1, "format": "pve-volume-id"},
                     "vendor": {"type": "string", "optional": 1, "format": "pve-volume-id"}}"""));

    private NamedPropertyFormats() {
    }

    /** The object format behind a named format, or null when the name is not a known property-string format. */
    static JsonNode get(String name) {
        return FORMATS.get(name);
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
