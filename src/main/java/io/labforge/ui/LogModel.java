package io.labforge.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The lines of the Log tab: what the window did (opened, saved, exported, failed). */
public final class LogModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    public ObservableList<String> lines() {
        return lines;
    }

    public void info(String message) {
        lines.add(LocalTime.now().format(TIME) + "  " + message);
    }
}
