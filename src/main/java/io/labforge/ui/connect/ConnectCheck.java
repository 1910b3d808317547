package io.labforge.ui.connect;

import io.labforge.deploy.connect.ConfigPaths;
import io.labforge.deploy.connect.ConnectException;
import io.labforge.deploy.connect.CredentialStore;
import io.labforge.deploy.connect.TokenSecret;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.api.AuthenticationFailedException;
import io.labforge.proxmox.api.CertificateRejectedException;
import io.labforge.proxmox.probe.Probe;
import io.labforge.proxmox.probe.ProbeReport;
import io.labforge.proxmox.tls.TlsTrust;

/**
 * Tries a connection off the FX thread: finds the secret (typed, or saved with the profile), verifies
 * the certificate (CA-signed, pinned, or confirmed by the user through {@link TlsConfirm}) and runs the
 * probe. Both "Test connection" and "Connect" go through here, so nothing connects unverified.
 */
final class ConnectCheck {

    /**
     * A connection that worked.
     *
     * @param pin    the fingerprint to trust for this connection, {@code null}: CA-signed
     * @param pinned whether {@code pin} belongs in the saved profile (pinned before, or "Trust always")
     */
    record Result(ProbeReport report, TokenSecret secret, String pin, boolean pinned) {
    }

    private final ConfigPaths paths;

    ConnectCheck(ConfigPaths paths) {
        this.paths = paths;
    }

    /**
     * @param knownPin a fingerprint already trusted (from the profile or accepted earlier in this dialog)
     * @param pinned   whether {@code knownPin} is saved in the profile
     */
    Result run(ConnectForm f, String knownPin, boolean pinned, TlsConfirm tls) throws ConnectException {
        String problem = f.problem();
        if (problem != null) {
            throw new ConnectException(problem);
        }
        TokenSecret secret = secret(f);
        TlsTrust trust = (knownPin == null ? TlsTrust.system() : TlsTrust.pinned(knownPin)).withPrompt(tls);
        try (ProxmoxClient client = ProxmoxClient.builder(f.url(), new Credentials.ApiToken(f.tokenId(), Secret.of(secret.chars())))
                .trust(trust).build()) {
            ProbeReport report = new Probe(client).run();
            if (tls.accepted() != null) {
                return new Result(report, secret, tls.accepted(), tls.always());
            }
            return new Result(report, secret, knownPin, pinned);
        } catch (CertificateRejectedException e) {
            secret.destroy();
            throw new ConnectException(e.pinMismatch()
                    ? "The server's certificate (SHA-256 " + e.fingerprint() + ") is not the one pinned in the profile. "
                    + "If the certificate was renewed, clear the profile's pin and confirm the new one; otherwise something is in between."
                    : "The server's certificate was not trusted, so nothing was sent to it.");
        } catch (AuthenticationFailedException e) {
            secret.destroy();
            throw new ConnectException("Proxmox refused the API token " + f.tokenId() + ": check the token id and secret. ("
                    + e.getMessage() + ")");
        } catch (RuntimeException e) {
            secret.destroy();
            throw new ConnectException(e.getMessage());
        }
    }

    private TokenSecret secret(ConnectForm f) throws ConnectException {
        if (!f.secret().isBlank()) {
            return new TokenSecret(f.secret().toCharArray());
        }
        return new CredentialStore(paths.credentials()).secret(f.name()).orElseThrow(() -> new ConnectException(
                "Enter the token's secret (shown once when the token was created in Proxmox)."));
    }
}
