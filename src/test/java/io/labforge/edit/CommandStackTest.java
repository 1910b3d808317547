package io.labforge.edit;

import io.labforge.model.Lab;
import io.labforge.model.Position;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandStackTest {

    private final CommandStack stack = new CommandStack(Lab.empty("t"));

    @Test
    void undoAndRedoRestoreTheLabAndCountRevisions() {
        stack.push(Command.of("Rename lab", l -> l.withName("a")));
        stack.push(Command.of("Describe lab", l -> l.withDescription("d")));
        assertThat(stack.revision()).isEqualTo(2);
        assertThat(stack.undoDescription()).contains("Describe lab");

        stack.undo();
        assertThat(stack.lab().description()).isNull();
        assertThat(stack.redoDescription()).contains("Describe lab");
        stack.undo();
        assertThat(stack.lab().name()).isEqualTo("t");
        assertThat(stack.canUndo()).isFalse();
        stack.redo();
        assertThat(stack.lab().name()).isEqualTo("a");
        assertThat(stack.revision()).isEqualTo(5);
    }

    @Test
    void aNewEditDropsTheRedoHistory() {
        stack.push(Command.of("a", l -> l.withName("a")));
        stack.undo();
        stack.push(Command.of("b", l -> l.withName("b")));
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        assertThat(stack.push(Command.of("noop", l -> l))).isFalse();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.revision()).isZero();
    }

    @Test
    void dirtyFollowsTheSavedState() {
        assertThat(stack.isDirty()).isFalse();
        stack.push(Command.of("a", l -> l.withName("a")));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void pushingFromAListenerIsRefused() {
        stack.addListener(l -> stack.push(Command.of("again", x -> x.withName("again"))));
        assertThatThrownBy(() -> stack.push(Command.of("a", l -> l.withName("a"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stepsOfOneDragUndoAsOne() {
        Lab lab = stack.lab().withNode(io.labforge.model.Node.of("n", "linux-vm")).withPosition("n", new Position(0, 0));
        stack.reset(lab);
        stack.push(new Move(Map.of("n", new Position(10, 0)), 7));
        stack.push(new Move(Map.of("n", new Position(20, 0)), 7));
        stack.push(new Move(Map.of("n", new Position(30, 0)), 7));
        stack.push(new Move(Map.of("n", new Position(40, 40)), 8));
        stack.undo();
        assertThat(stack.lab().position("n")).contains(new Position(30, 0));
        stack.undo();
        assertThat(stack.lab().position("n")).contains(new Position(0, 0));
        assertThat(stack.canUndo()).isFalse();
    }
}
