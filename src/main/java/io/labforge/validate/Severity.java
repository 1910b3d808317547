package io.labforge.validate;

/** How bad a problem is. Errors fail {@code labforge validate} (exit 1) and block a deploy; warnings do not. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
