package org.cnnexplorer.ui.graph;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The layer graph. Boxes, edges and frames are built once per layout into one group; zoom and
 * pan only change that group's transform ({@link ZoomPan}), and an analysis that keeps the
 * structure only updates the texts of the existing boxes, so large networks stay smooth.
 */
public final class GraphView extends Pane {

    static final double LECTURE_SCALE = 1.5;
    static final double FAR_SCALE = 0.4;

    private final GraphViewModel viewModel;
    private final Group world = new Group();
    private final Group content = new Group();
    private final Group frames = new Group();
    private final Group edges = new Group();
    private final Group labels = new Group();
    private final Group boxes = new Group();
    private final Map<String, BoxNode> boxById = new HashMap<>();
    private final Map<String, Label> labelByEdge = new HashMap<>();
    private final ZoomPan zoomPan;
    private Layout layout;
    private boolean far;

    public GraphView(GraphViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("graph-view");
        content.getChildren().addAll(frames, edges, labels, boxes);
        world.getChildren().add(content);
        getChildren().add(world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        zoomPan = new ZoomPan(this, world);
        zoomPan.scaleProperty().addListener((obs, old, now) -> levelOfDetail(now.doubleValue()));
        viewModel.pictureProperty().addListener((obs, old, now) -> show(now));
        viewModel.selectedBoxProperty().addListener((obs, old, now) -> highlight(old, now, true));
        show(viewModel.pictureProperty().get());
    }

    private void show(GraphPicture picture) {
        if (picture.relaidOut() || layout == null) {
            rebuild(picture);
        } else {
            picture.model().nodes().forEach(n -> boxById.get(n.id()).update(n));
            picture.model().edges().forEach(e -> {
                Label label = labelByEdge.get(e.from() + ">" + e.to());
                if (label != null) {
                    label.setText(e.label());
                }
            });
        }
        highlight(null, viewModel.selectedBoxProperty().get(), false);
    }

    private void rebuild(GraphPicture picture) {
        layout = picture.layout();
        boxById.clear();
        labelByEdge.clear();
        frames.getChildren().setAll(picture.layout().frames().stream().flatMap(f -> FrameShapes.of(f,
                () -> viewModel.toggle(f.block().block())).stream()).toList());
        edges.getChildren().clear();
        labels.getChildren().clear();
        for (Layout.Route route : layout.routes()) {
            edges.getChildren().addAll(EdgeShapes.all(route));
            Label label = EdgeShapes.label(route);
            if (label != null) {
                labels.getChildren().add(label);
                labelByEdge.put(route.edge().from() + ">" + route.edge().to(), label);
            }
        }
        boxes.getChildren().clear();
        for (GraphNode node : picture.model().nodes()) {
            BoxNode box = new BoxNode(node, layout.boxes().get(node.id()));
            box.showDetails(!far);
            box.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> onBoxClicked(box, e));
            boxById.put(node.id(), box);
            boxes.getChildren().add(box);
        }
        if (picture.newNetwork()) {
            zoomPan.overview(layout);
        }
    }

    /**
     * Zoomed far out, box details and edge labels are too small to read; hiding them (only when
     * the threshold is crossed, and without touching CSS) keeps zooming smooth.
     */
    private void levelOfDetail(double scale) {
        boolean far = scale < FAR_SCALE * zoomPan.baseScale();
        if (far != this.far) {
            this.far = far;
            labels.setVisible(!far);
            boxById.values().forEach(box -> box.showDetails(!far));
        }
    }

    private void onBoxClicked(BoxNode box, MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        boolean badge = event.getTarget() == box.badge() || box.badge().isHover();
        if (box.node().collapsedBlock() && (event.getClickCount() == 2 || badge)) {
            viewModel.toggle(box.node().id());
        } else {
            viewModel.select(box.node().id());
        }
        event.consume();
    }

    private void highlight(String old, String now, boolean reveal) {
        if (old != null && boxById.containsKey(old)) {
            boxById.get(old).setSelected(false);
        }
        if (now != null && boxById.containsKey(now)) {
            boxById.get(now).setSelected(true);
            if (reveal) {
                zoomPan.reveal(layout.boxes().get(now));
            }
        }
    }

    /** Shows the whole graph. */
    public void fit() {
        zoomPan.fit(layout);
    }

    public void zoomIn() {
        zoomPan.zoomAtCentre(1.25);
    }

    public void zoomOut() {
        zoomPan.zoomAtCentre(0.8);
    }

    /** Zoom 1:1 (1.5:1 in lecture mode). */
    public void actualSize() {
        zoomPan.setScale(zoomPan.baseScale());
    }

    /** Lecture mode draws the graph half as large again, for the back of the room. */
    public void setLecture(boolean lecture) {
        double base = lecture ? LECTURE_SCALE : 1;
        if (base != zoomPan.baseScale()) {
            zoomPan.zoomAtCentre(base / zoomPan.baseScale());
            zoomPan.setBaseScale(base);
        }
    }

    public double scale() {
        return zoomPan.scale();
    }

    public Layout graphLayout() {
        return layout;
    }

    /** The drawn graph at zoom 1 (no zoom or pan applied), for PNG export. */
    public Group content() {
        return content;
    }

    /** The box drawn for an id (tests and screenshots). */
    public Node boxNode(String id) {
        return boxById.get(id);
    }
}
