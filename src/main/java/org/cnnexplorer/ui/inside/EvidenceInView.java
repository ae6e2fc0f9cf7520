package org.cnnexplorer.ui.inside;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * Keeps the evidence controls in view with the picture they colour: while the Evidence tab is chosen
 * in a column too low for both (lecture mode at 1280x800), the input picture gives way down to its
 * minimum, then its caption (whose text stays in the picture's tooltip). With {@code rest} the
 * height of the column's contents down to the class choice without picture and caption, and
 * {@code room = viewport - rest}: the caption is shown when {@code room - caption >= minimum side},
 * and the picture's side is at most {@code room}, less the caption if shown.
 */
final class EvidenceInView {

    private final ScrollPane column;
    private final VBox box;
    private final SquareCanvas picture;
    private final Label caption;
    private final TabPane sources;
    private final Tab evidenceTab;
    private final EvidencePane evidence;
    private final double minimum;

    private EvidenceInView(ScrollPane column, SquareCanvas picture, Label caption, TabPane sources,
                           Tab evidenceTab, double minimum) {
        this.column = column;
        this.box = (VBox) column.getContent();
        this.picture = picture;
        this.caption = caption;
        this.sources = sources;
        this.evidenceTab = evidenceTab;
        this.evidence = (EvidencePane) evidenceTab.getContent();
        this.minimum = minimum;
    }

    /**
     * Fits the left column {@code column} (a scroll pane over a VBox that holds {@code picture},
     * {@code caption} and {@code sources}) after each layout pass, when every position it reads is
     * the new one; a pass that changes nothing changes nothing here either.
     */
    static void install(ScrollPane column, SquareCanvas picture, Label caption, TabPane sources, Tab evidenceTab,
                        double minimum) {
        EvidenceInView fit = new EvidenceInView(column, picture, caption, sources, evidenceTab, minimum);
        caption.managedProperty().bind(caption.visibleProperty());
        Runnable afterLayout = fit::fit;
        column.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    private void fit() {
        double viewport = column.getViewportBounds().getHeight();
        if (sources.getSelectionModel().getSelectedItem() != evidenceTab || viewport <= 0
                || evidence.getHeight() <= 0) {
            picture.setLimit(Double.MAX_VALUE);
            caption.setVisible(true);
            return;
        }
        // measured within the tab pane, so the same whatever the picture's size
        double bottom = sources.sceneToLocal(evidence.localToScene(0, evidence.controlsBottom())).getY();
        double rest = box.getPadding().getTop() + box.getSpacing() + bottom + box.getPadding().getBottom();
        double room = viewport - rest;
        double captionFull = caption.prefHeight(picture.getWidth()) + box.getSpacing();
        boolean captionFits = room - captionFull >= minimum;
        caption.setVisible(captionFits);
        picture.setLimit(Math.floor(captionFits ? room - captionFull : room));
    }
}
