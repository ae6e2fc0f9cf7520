package org.cnnexplorer.ui.lessons;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.lessons.Lesson;

/**
 * The Lessons window's state: the chosen entry (a network lesson or the detection lesson), the
 * lesson with the user's numbers, its analysed outcome, and the message of a refused number. The
 * lessons' networks are a handful of layers analysed in closed form, so an edit re-runs the lesson
 * at once.
 */
public final class LessonsViewModel {

    /** An entry of the lesson list. */
    public sealed interface Entry permits NetworkLesson, Detection {
        String title();
    }

    /** A lesson comparing networks, with its default numbers. */
    public record NetworkLesson(Lesson defaults) implements Entry {
        @Override
        public String title() {
            return defaults.title();
        }
    }

    /** The detection lesson: IoU, NMS and AP. */
    public record Detection() implements Entry {
        @Override
        public String title() {
            return Messages.text("detect.title");
        }
    }

    private final List<Entry> entries;
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Lesson.Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public LessonsViewModel(List<Lesson> lessons) {
        this.entries = java.util.stream.Stream.concat(lessons.stream().<Entry>map(NetworkLesson::new),
                java.util.stream.Stream.of(new Detection())).toList();
        selected.addListener((obs, old, now) -> {
            message.set("");
            outcome.set(now instanceof NetworkLesson lesson ? lesson.defaults().run() : null);
        });
        selected.set(entries.get(0));
    }

    public List<Entry> entries() {
        return entries;
    }

    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    /** Selects the entry whose lesson has this id ({@code detection} for the detection lesson). */
    public void select(String id) {
        entries.stream().filter(e -> e instanceof NetworkLesson l ? l.defaults().id().equals(id)
                : id.equals("detection")).findFirst().ifPresent(selected::set);
    }

    /** The id of the chosen entry, as {@link #select(String)} takes it. */
    public String selectedId() {
        return selected.get() instanceof NetworkLesson l ? l.defaults().id() : "detection";
    }

    /** The analysed lesson with the current numbers; null for the detection lesson. */
    public ReadOnlyObjectProperty<Lesson.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the last number was refused; empty when it was taken. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Sets one number of the current lesson; false (with a message) when the lesson refuses it. */
    public boolean set(String parameter, int value) {
        Lesson.Outcome current = outcome.get();
        if (current == null) {
            return false;
        }
        try {
            outcome.set(current.lesson().with(parameter, value).run());
            message.set("");
            return true;
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /**
     * After a switch of language: the current lesson, with the user's numbers, runs again so that its
     * points and network names are made in the new language; a refusal message is dropped.
     */
    public void textsChanged() {
        Lesson.Outcome current = outcome.get();
        if (current != null) {
            outcome.set(current.lesson().run());
        }
        message.set("");
    }

    /** Puts the current lesson's numbers back to its defaults. */
    public void reset() {
        if (selected.get() instanceof NetworkLesson lesson) {
            outcome.set(lesson.defaults().run());
            message.set("");
        }
    }
}
