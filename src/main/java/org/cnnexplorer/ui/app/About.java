package org.cnnexplorer.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/** What Help shows: the version and licence, the credits, and the keyboard shortcuts. Toolkit-free. */
final class About {

    /** Keys and what they do, as the menus define them. */
    static final List<List<String>> SHORTCUTS = List.of(
            List.of("Ctrl+O", "open a model file"),
            List.of("Ctrl+S", "save the network to its model file (asks for one the first time)"),
            List.of("Ctrl+Shift+S", "save the network as another model file"),
            List.of("Ctrl+Z", "undo (the Edit menu says what)"),
            List.of("Ctrl+Shift+Z, Ctrl+Y", "redo"),
            List.of("Ctrl+1 ... Ctrl+5", "Graph, Table, Charts, Compare, Train"),
            List.of("Ctrl+0", "fit the graph to the window"),
            List.of("Ctrl+plus, Ctrl+minus", "zoom the graph in, out"),
            List.of("Ctrl+E", "export the table as CSV"),
            List.of("Insert, Shift+Insert", "insert the palette's kind after, before the selection"),
            List.of("Delete", "delete the selected layer or block"),
            List.of("Ctrl+Shift+D", "duplicate the selected layer or block"),
            List.of("Ctrl+D", "dark theme"),
            List.of("F11", "lecture mode (large, high contrast)"),
            List.of("F5", "start, pause or resume training"),
            List.of("Shift+F5", "stop training"),
            List.of("F1", "these shortcuts"),
            List.of("Ctrl+Q", "quit (asks to save unsaved edits or an unsaved run)"));

    static final String CREDITS = "Networks as published by LeCun et al. (LeNet-5, 1998), Krizhevsky et al."
            + " (AlexNet, 2012), Simonyan and Zisserman (VGG16, 2014), Szegedy et al. (GoogLeNet, 2014) and He et al."
            + " (ResNet-50, 2015), and in the torchvision variants. Built with OpenJFX, Eclipse Deeplearning4j and"
            + " ND4J, Jackson. Data sets: MNIST (LeCun, Cortes and Burges), Fashion-MNIST (Zalando Research),"
            + " CIFAR-10 (Krizhevsky).";

    private About() {
    }

    static String version() {
        return properties().getProperty("version");
    }

    /** Name, version, licence and credits, as the About box shows them. */
    static String text() {
        Properties p = properties();
        return "CNN Explorer " + p.getProperty("version") + "\n"
                + "A desktop application for learning and teaching convolutional networks.\n\n"
                + "Licence: " + p.getProperty("licence") + " (see the LICENSE file).\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?")
                + "\n\n" + CREDITS;
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = About.class.getResourceAsStream("about.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
