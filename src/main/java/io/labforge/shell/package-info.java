/**
 * POSIX shell quoting, JDK only. Shared by {@code ssh} (commands it sends) and {@code deploy}
 * (scripts it generates), which may not depend on each other.
 */
package io.labforge.shell;
