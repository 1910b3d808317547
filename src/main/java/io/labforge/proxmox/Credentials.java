package io.labforge.proxmox;

import java.util.Objects;
import java.util.regex.Pattern;

/** How the client authenticates: an API token (recommended) or a user name and password (ticket). */
public sealed interface Credentials {

    /** {@code user@realm!tokenid} plus the token's secret UUID. */
    record ApiToken(String tokenId, Secret secret) implements Credentials {
        private static final Pattern ID = Pattern.compile("[^@!\\s]+@[A-Za-z][A-Za-z0-9.\\-_]*![A-Za-z][A-Za-z0-9.\\-_]+");

        public ApiToken {
            Objects.requireNonNull(tokenId, "tokenId");
            Objects.requireNonNull(secret, "secret");
            if (!ID.matcher(tokenId).matches()) {
                throw new IllegalArgumentException("token id '" + tokenId
                        + "' is not of the form user@realm!tokenid (for example deployer@pve!labforge)");
            }
        }

        /** The user part, {@code user@realm}. */
        public String user() {
            return tokenId.substring(0, tokenId.indexOf('!'));
        }

        @Override
        public String toString() {
            return "ApiToken[" + tokenId + "]";
        }
    }

    /** Ticket login: {@code user@realm} and password; the client renews the ticket before its 2-hour expiry. */
    record UserPassword(String username, Secret password) implements Credentials {
        public UserPassword {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            if (!username.contains("@")) {
                throw new IllegalArgumentException("user name '" + username + "' needs a realm, e.g. root@pam");
            }
        }

        @Override
        public String toString() {
            return "UserPassword[" + username + "]";
        }
    }

    /** Who the caller is, for messages (never the secret). */
    default String principal() {
        return this instanceof ApiToken t ? t.tokenId() : ((UserPassword) this).username();
    }
}
