package io.labforge.ssh;

/**
 * Asked once for a host whose key is not in known_hosts yet (trust on first use). A key that
 * differs from the remembered one is never asked about: it is refused.
 */
@FunctionalInterface
public interface HostKeyDecision {

    /** Never trusts an unknown key: only keys already in known_hosts are accepted. */
    HostKeyDecision REJECT = key -> false;

    /** @return {@code true} to trust the key and add it to known_hosts */
    boolean trust(UnknownHostKey key);
}
