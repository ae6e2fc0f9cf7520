package org.cnnexplorer.ui.graph;

import static org.cnnexplorer.i18n.Messages.text;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.cnnexplorer.ui.graph.layout.GraphNode;
import org.cnnexplorer.ui.graph.layout.GraphPicture;
import org.cnnexplorer.ui.graph.layout.Layout;
import org.cnnexplorer.ui.graph.layout.WrapLayout;

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
    private final ToggleButton columns = new ToggleButton(text("graph.columns"));
    private Layout layout;
    private boolean far;
    private boolean pendingFit;
    /** True while the view shows the graph as Fit placed it: a resize (side panels, lecture mode) fits again. */
    private boolean autoFit;

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
        columns.setId("graph-columns");
        columns.getStyleClass().add("graph-columns-toggle");
        columns.setFocusTraversable(false);
        columns.setTooltip(new Tooltip(text("graph.columns.tip")));
        columns.selectedProperty().bindBidirectional(viewModel.wrapProperty());
        columns.selectedProperty().addListener((obs, old, now) -> fit());
        getChildren().add(columns);
        zoomPan = new ZoomPan(this, world);
        widthProperty().addListener((obs, old, now) -> refitAfterResize());
        heightProperty().addListener((obs, old, now) -> refitAfterResize());
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> autoFit = false);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> autoFit = false);
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
                () -> toggleInPlace(f.block().block())).stream()).toList());
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
            // a context menu (the layer palette's) acts on the box it was opened on
            box.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> viewModel.select(box.node().id()));
            boxById.put(node.id(), box);
            boxes.getChildren().add(box);
        }
        if (picture.newNetwork()) {
            if (viewModel.wrapProperty().get()) {
                pendingFit = true;
                fitIfPending();
            } else {
                zoomPan.overview(layout);
            }
        }
    }

    private void refitAfterResize() {
        if (autoFit && !pendingFit && layout != null && getWidth() > 0 && getHeight() > 0) {
            fit();
        }
        fitIfPending();
    }

    private void fitIfPending() {
        if (pendingFit && getWidth() > 0 && getHeight() > 0) {
            pendingFit = false;
            fit();
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        columns.autosize();
        columns.relocate(getWidth() - columns.getWidth() - 8, 8);
    }

    /**
     * Opens or closes a block and keeps it where the eye is: its new box (or frame) starts at the
     * same height on screen, centred when the graph fits the width, so closing a block never
     * leaves the view on empty space.
     */
    void toggleInPlace(String block) {
        autoFit = false;
        double screenY = zoomPan.toScreenY(itemTop(block));
        viewModel.toggle(block);
        Layout.Box item = itemBounds(block);
        if (item != null) {
            zoomPan.anchor(item, layout, screenY);
        }
    }

    private double itemTop(String block) {
        Layout.Box item = itemBounds(block);
        return item == null ? 0 : item.y();
    }

    /** The box of a collapsed block, or the frame of an open one, as a rectangle. */
    private Layout.Box itemBounds(String block) {
        if (layout.boxes().containsKey(block)) {
            return layout.boxes().get(block);
        }
        return layout.frames().stream().filter(f -> f.block().block().equals(block)).findFirst()
                .map(f -> new Layout.Box(block, f.x(), f.y(), f.width(), f.height())).orElse(null);
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
            toggleInPlace(box.node().id());
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

    /**
     * Shows the whole graph; when wrapping, first in the number of columns that shows it largest.
     * Whether boxes show their sizes follows from the zoom reached ({@link #FAR_SCALE}).
     */
    public void fit() {
        if (viewModel.wrapProperty().get() && viewModel.baseLayout() != null && getWidth() > 0 && getHeight() > 0) {
            viewModel.setColumns(WrapLayout.bestColumns(viewModel.baseLayout(), getWidth(), getHeight(),
                    zoomPan.baseScale()));
        }
        zoomPan.fit(layout);
        autoFit = true;
    }

    public void zoomIn() {
        autoFit = false;
        zoomPan.zoomAtCentre(ZoomPan.WHEEL_STEP);
    }

    public void zoomOut() {
        autoFit = false;
        zoomPan.zoomAtCentre(1 / ZoomPan.WHEEL_STEP);
    }

    /** Zoom 1:1 (1.5:1 in lecture mode). */
    public void actualSize() {
        autoFit = false;
        zoomPan.setScale(zoomPan.baseScale());
    }

    /** Lecture mode draws the graph half as large again, for the back of the room. */
    public void setLecture(boolean lecture) {
        double base = lecture ? LECTURE_SCALE : 1;
        if (base != zoomPan.baseScale()) {
            zoomPan.zoomAtCentre(base / zoomPan.baseScale());
            zoomPan.setBaseScale(base);
            if (autoFit) {
                fit();
            }
        }
    }

    public double scale() {
        return zoomPan.scale();
    }

    public Layout graphLayout() {
        return layout;
    }

    /**
     * Runs {@code action} (a snapshot of {@link #content()}) with every box's sizes, parameters and
     * edge labels shown, whatever the zoom: an export is the same at Fit as at 1:1.
     */
    public void withFullDetail(Runnable action) {
        boolean wasFar = far;
        labels.setVisible(true);
        boxById.values().forEach(box -> box.showDetails(true));
        try {
            action.run();
        } finally {
            labels.setVisible(!wasFar);
            boxById.values().forEach(box -> box.showDetails(!wasFar));
        }
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
