package io.labforge.shell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShellQuoteTest {

    @Test
    void wrapsInSingleQuotesAndEscapesEmbeddedOnes() {
        assertThat(ShellQuote.quote("plain")).isEqualTo("'plain'");
        assertThat(ShellQuote.quote("")).isEqualTo("''");
        assertThat(ShellQuote.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellQuote.quote("$(x) `y` \"z\"\n;")).isEqualTo("'$(x) `y` \"z\"\n;'");
    }

    @Test
    void commandQuotesEveryWord() {
        assertThat(ShellQuote.command(List.of("install", "-m", "0644", "a b"))).isEqualTo("'install' '-m' '0644' 'a b'");
    }

    @Test
    void refusesWhatNoShellWordCanHold() {
        assertThatThrownBy(() -> ShellQuote.quote("a\0b")).hasMessageContaining("NUL");
        assertThatThrownBy(() -> ShellQuote.quote(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShellQuote.command(List.of())).hasMessageContaining("empty");
    }
}
