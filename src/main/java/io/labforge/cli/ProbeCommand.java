package io.labforge.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.api.CertificateRejectedException;
import io.labforge.proxmox.api.Json;
import io.labforge.proxmox.api.ProxmoxException;
import io.labforge.proxmox.probe.Probe;
import io.labforge.proxmox.probe.ProbeReport;
import io.labforge.proxmox.tls.CertificateDecision;
import io.labforge.proxmox.tls.TlsTrust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code labforge probe}: what a Proxmox VE server offers and what the API token lacks. The secret comes
 * from {@code LABFORGE_TOKEN_SECRET} or a prompt, never from the command line (where {@code ps} and shell
 * history would show it).
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Check a Proxmox VE server before deploying: version, nodes with free CPU and memory, storages,"
                + " templates, ISO images, and the privileges the API token lacks.%n"
                + "The token secret is read from the environment variable LABFORGE_TOKEN_SECRET, or asked for.",
        footer = {"", "Exit codes: 0 ready to deploy, 1 problems (missing privileges, no quorum, connection refused),"
                + " 2 bad usage.", "", "Example:",
                "  LABFORGE_TOKEN_SECRET=... labforge probe --url https://pve1:8006 --token-id deployer@pve!labforge"})
public final class ProbeCommand implements Callable<Integer> {

    static final String SECRET_VARIABLE = "LABFORGE_TOKEN_SECRET";

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The server, e.g. https://pve1:8006")
    String url;

    @Option(names = "--token-id", required = true, paramLabel = "USER@REALM!NAME", description = "API token ID, e.g. deployer@pve!labforge")
    String tokenId;

    @Option(names = "--fingerprint", paramLabel = "SHA256",
            description = "Trust exactly the certificate with this SHA-256 fingerprint (AB:CD:..., as under Node > System > Certificates)")
    String fingerprint;

    @Option(names = "--json", description = "Print the report as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    private final Function<String, String> env;
    private final Terminal terminal;

    public ProbeCommand() {
        this(System::getenv, Terminal.system());
    }

    ProbeCommand(Function<String, String> env, Terminal terminal) {
        this.env = env;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Secret secret = readSecret();
        if (secret == null) {
            err.println("labforge probe: no token secret: set " + SECRET_VARIABLE + " or run in a terminal to be asked for it");
            return LabforgeCli.BAD_INPUT;
        }
        try (ProxmoxClient client = ProxmoxClient.builder(url, new Credentials.ApiToken(tokenId, secret)).trust(trust(err)).build()) {
            ProbeReport report = new Probe(client).run();
            if (json) {
                out.println(Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } else {
                ProbeReportWriter.write(report, out);
            }
            return report.readyToDeploy() ? LabforgeCli.OK : LabforgeCli.PROBLEMS;
        } catch (IllegalArgumentException e) {
            err.println("labforge probe: " + e.getMessage());
            return LabforgeCli.BAD_INPUT;
        } catch (CertificateRejectedException e) {
            err.println("labforge probe: " + e.getMessage());
            if (!e.pinMismatch()) {
                err.println("The server's certificate has SHA-256 fingerprint " + e.fingerprint() + ".");
                err.println("Check it under Node > System > Certificates in the Proxmox web UI (or `pvenode cert info` on the node),");
                err.println("then run again with --fingerprint " + e.fingerprint());
            }
            return LabforgeCli.PROBLEMS;
        } catch (ProxmoxException e) {
            err.println("labforge probe: " + e.getMessage());
            return LabforgeCli.PROBLEMS;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            err.println("labforge probe: cannot write JSON: " + e.getOriginalMessage());
            return LabforgeCli.PROBLEMS;
        } finally {
            secret.destroy();
        }
    }

    private Secret readSecret() {
        String fromEnv = env.apply(SECRET_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Secret.of(fromEnv.strip());
        }
        if (!terminal.interactive()) {
            return null;
        }
        char[] typed = terminal.readPassword("API token secret for " + tokenId + ": ");
        if (typed == null || typed.length == 0) {
            return null;
        }
        Secret s = Secret.of(typed);
        Arrays.fill(typed, '\0');
        return s;
    }

    private TlsTrust trust(PrintWriter err) {
        if (fingerprint != null) {
            return TlsTrust.pinned(fingerprint);
        }
        if (!terminal.interactive()) {
            return TlsTrust.system();
        }
        return TlsTrust.system().withPrompt((fp, cert) -> {
            err.println("The server's certificate is not signed by an authority this computer trusts.");
            err.println("  Subject: " + cert.getSubjectX500Principal().getName());
            err.println("  SHA-256: " + fp);
            err.println("Compare it with Node > System > Certificates in the Proxmox web UI.");
            err.flush();
            String answer = terminal.readLine("Trust this certificate? [y/N] ");
            boolean yes = answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
            if (yes) {
                err.println("Trusted for this run. Pass --fingerprint " + fp + " to skip this question next time.");
            }
            return yes ? CertificateDecision.ACCEPT : CertificateDecision.REJECT;
        });
    }
}
