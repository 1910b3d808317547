package io.labforge.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;

/**
 * known_hosts checking with a first-use question. A known key passes, a changed key is refused
 * (JSch, with strict checking on, then fails the connect), and an unknown key is shown to the
 * {@link HostKeyDecision}: trusted keys are appended to the file, declined ones fail the connect.
 */
final class TrustOnFirstUse implements HostKeyRepository {

    private final HostKeyRepository file;
    private final HostKeyDecision decision;
    private volatile UnknownHostKey lastSeen;

    TrustOnFirstUse(HostKeyRepository file, HostKeyDecision decision) {
        this.file = file;
        this.decision = decision;
    }

    @Override
    public int check(String host, byte[] key) {
        HostKey candidate;
        try {
            candidate = new HostKey(host, HostKey.GUESS, key);
        } catch (JSchException e) {
            return NOT_INCLUDED;
        }
        UnknownHostKey shown = new UnknownHostKey(host, candidate.getType(), Fingerprints.sha256(key));
        lastSeen = shown;
        int known = file.check(host, key);
        if (known != NOT_INCLUDED) {
            return known;
        }
        if (!decision.trust(shown)) {
            return NOT_INCLUDED;
        }
        file.add(candidate, null);
        return OK;
    }

    /** The key the server presented during the last check, for error messages; {@code null} before one. */
    UnknownHostKey lastSeen() {
        return lastSeen;
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        file.add(hostkey, ui);
    }

    @Override
    public void remove(String host, String type) {
        file.remove(host, type);
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        file.remove(host, type, key);
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return file.getKnownHostsRepositoryID();
    }

    @Override
    public HostKey[] getHostKey() {
        return file.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return file.getHostKey(host, type);
    }
}
