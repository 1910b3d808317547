package io.labforge.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A problem found while binding, already worded for the user; thrown through Jackson, then turned into a {@link LabFileException}. */
final class FileProblem extends JsonMappingException {

    private final String problem;
    private final String hint;

    FileProblem(JsonParser p, String problem, String hint) {
        super(p, problem, p.currentTokenLocation());
        this.problem = problem;
        this.hint = hint;
    }

    String problem() {
        return problem;
    }

    String hint() {
        return hint;
    }
}
