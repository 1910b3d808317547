package io.labforge.deploy.connect;

import java.util.Map;
import java.util.Optional;

/**
 * Picks the connection for a command: {@code --url/--token-id/--fingerprint} (secret from
 * {@code LABFORGE_TOKEN_SECRET}) when a URL is given, else the profile named by {@code --profile} or by
 * the lab's target (secret from {@code LABFORGE_TOKEN_SECRET} or the credentials file).
 */
public final class ConnectionResolver {

    public static final String SECRET_ENV = "LABFORGE_TOKEN_SECRET";

    private final ConfigPaths paths;
    private final Map<String, String> env;

    public ConnectionResolver(ConfigPaths paths, Map<String, String> env) {
        this.paths = paths;
        this.env = env;
    }

    public static ConnectionResolver forUser() {
        return new ConnectionResolver(ConfigPaths.forUser(), System.getenv());
    }

    /**
     * @param profileName {@code --profile}, else the lab's target profile; may be null
     * @param url         {@code --url}; when set, the profile file is not read
     */
    public Connection resolve(String profileName, String url, String tokenId, String fingerprint, String node)
            throws ConnectException {
        ConnectionProfile profile;
        if (url != null) {
            if (tokenId == null) {
                throw new ConnectException("--url needs --token-id (user@realm!name) and the secret in " + SECRET_ENV);
            }
            profile = new ConnectionProfile("command line", url, node, tokenId, fingerprint, null);
        } else if (profileName != null) {
            ConnectionProfile p = Profiles.read(paths.profiles()).get(profileName);
            profile = new ConnectionProfile(p.name(), p.url(), node != null ? node : p.node(), tokenId != null ? tokenId : p.tokenId(),
                    fingerprint != null ? fingerprint : p.fingerprint(), p.sshKey(), p.nodeSsh());
            if (profile.url() == null || profile.tokenId() == null) {
                throw new ConnectException("profile '" + p.name() + "' in " + paths.profiles() + " needs url and tokenId");
            }
        } else {
            throw new ConnectException("no connection: give --profile NAME (profiles in " + paths.profiles()
                    + "), or --url, --token-id and --fingerprint with the secret in " + SECRET_ENV);
        }
        String fromEnv = env.get(SECRET_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Connection(profile, new TokenSecret(fromEnv.strip().toCharArray()), "environment " + SECRET_ENV);
        }
        CredentialStore store = new CredentialStore(paths.credentials());
        Optional<TokenSecret> stored = url == null ? store.secret(profile.name()) : Optional.empty();
        if (stored.isPresent()) {
            return new Connection(profile, stored.get(), "credentials file");
        }
        throw new ConnectException("no token secret for " + profile.tokenId() + ": set " + SECRET_ENV
                + (url == null ? " or add '" + profile.name() + " = SECRET' to " + paths.credentials() + " (mode 600)" : ""));
    }
}
