package io.labforge.cli;

import java.io.Console;

/** The user's terminal, if there is one: for questions and secrets that must not be command-line arguments. */
interface Terminal {

    boolean interactive();

    /** Reads without echo. */
    char[] readPassword(String prompt);

    String readLine(String prompt);

    static Terminal system() {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return System.console() != null;
            }

            @Override
            public char[] readPassword(String prompt) {
                Console c = System.console();
                return c == null ? null : c.readPassword("%s", prompt);
            }

            @Override
            public String readLine(String prompt) {
                Console c = System.console();
                return c == null ? null : c.readLine("%s", prompt);
            }
        };
    }
}
