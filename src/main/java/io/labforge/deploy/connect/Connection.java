package io.labforge.deploy.connect;

/**
 * A resolved connection: the profile and the secret that goes with it.
 *
 * @param profile  where and as whom
 * @param secret   the token secret
 * @param source   where the secret came from, for messages ("environment", "credentials file")
 */
public record Connection(ConnectionProfile profile, TokenSecret secret, String source) {
}
