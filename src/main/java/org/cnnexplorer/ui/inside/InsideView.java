package org.cnnexplorer.ui.inside;

import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.cnnexplorer.core.InputRegion;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.inside.ClassEvidence;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.ClassScore;
import org.cnnexplorer.inside.ImageInput;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.LayerActivation;
import org.cnnexplorer.inside.ValueArithmetic;

/**
 * The Inside tab. Left: the input image with the receptive field of the hovered pixel outlined; under it,
 * in tabs, a grid of the data set's test images with their labels, a pad to draw a digit on, or the
 * class-evidence controls ({@link EvidencePane}). Above the layers: the first convolution's filters
 * ({@link FiltersView}). Centre: every layer as a row of channel images on its colour scale with the
 * value range. Right: the clicked channel large (hover a pixel for its receptive field, click it for its
 * arithmetic) and the top-5 classes. The input and the large channel are {@link SquareCanvas}es that
 * take the width of their column; each column scrolls, so that the tab fits a 1280x800 window in
 * lecture mode.
 */
public final class InsideView extends BorderPane {

    private static final int MAX_CHANNELS = 64;
    private static final double THUMB = 56;
    private static final double LARGE = 300;
    private static final double INPUT = 224;
    /** The smallest side the input and the large channel shrink to in a narrow column. */
    private static final double SMALLEST = 140;

    private final InsideViewModel viewModel;
    private final VBox layers = new VBox(8);
    private final ScrollPane centre = new ScrollPane(layers);
    private final SquareCanvas input = new SquareCanvas(INPUT, SMALLEST);
    private final SquareCanvas large = new SquareCanvas(LARGE, SMALLEST);
    private final Label largeTitle = new Label(Messages.text("inside.v.clickChannel"));
    private final Label scale = new Label();
    private final TextArea arithmetic = new TextArea();
    private final VBox top = new VBox(2);
    private final TilePane grid = new TilePane(4, 4);
    private LayerActivation selected;
    private int selectedChannel;
    private InputRegion region;

    public InsideView(InsideViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("inside-view");
        setTop(toolbar());
        ScrollPane side = new ScrollPane();
        left(side);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS); // counted in the column's width: the tabs fit
        side.setId("inside-left");
        side.getStyleClass().add("inside-left");
        side.setMinWidth(Region.USE_PREF_SIZE);
        centre.setFitToWidth(true);
        centre.setId("inside-layers");
        // The filters above the layers; in a low window (lecture mode, the time per layer open) the two
        // scroll together once the layers' own scroll pane is at its smallest.
        VBox filtersAndLayers = new VBox(new FiltersView(new FiltersViewModel(viewModel.inspectionProperty(),
                viewModel.runFileProperty(), viewModel.weightsProperty())), centre);
        VBox.setVgrow(centre, javafx.scene.layout.Priority.ALWAYS);
        centre.setPrefViewportHeight(120); // more when there is room: the filters keep their height first
        centre.setMinHeight(120);
        ColumnScroll middle = new ColumnScroll(filtersAndLayers);
        middle.setId("inside-middle");
        ColumnScroll details = new ColumnScroll(right());
        details.setId("inside-right");
        details.getStyleClass().add("inside-right");
        // A row rather than a border pane's sides: when the window is narrow (lecture mode at 1280 pixels)
        // the right column gives way down to its minimum instead of running past the window's edge.
        HBox columns = new HBox(side, middle, details);
        HBox.setHgrow(middle, javafx.scene.layout.Priority.ALWAYS);
        middle.setPrefWidth(0); // the layers take what the columns beside them leave, down to their minimum
        setCenter(columns);
        setBottom(new LayerTimesView(viewModel.times()));
        layers.setPadding(new Insets(8));
        viewModel.evidence().evidenceProperty().addListener((obs, old, now) -> drawInput());
        viewModel.samplesProperty().addListener((obs, old, now) -> showSamples(now));
        viewModel.imageProperty().addListener((obs, old, now) -> drawInput());
        viewModel.inspectionProperty().addListener((obs, old, now) -> show(now));
        input.setOnResize(this::drawInput);
        large.setOnResize(this::drawLarge);
        large.canvas().setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        large.canvas().setOnMouseClicked(e -> explain(e.getX(), e.getY()));
    }

    private VBox toolbar() {
        ComboBox<DatasetId> datasets = new ComboBox<>();
        datasets.getItems().setAll(InsideViewModel.datasets());
        datasets.valueProperty().bindBidirectional(viewModel.datasetProperty());
        datasets.setId("inside-dataset");
        Button open = new Button(Messages.text("inside.v.openImage"));
        open.setId("inside-open");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("inside.v.images.filter"),
                    "*.png", "*.jpg", "*.jpeg"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.open(file.toPath());
            }
        });
        Button run = new Button(Messages.text("inside.v.trainedRun"));
        run.setId("inside-run");
        run.setTooltip(new Tooltip(Messages.text("inside.v.trainedRun.tip")));
        run.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("inside.v.runs.filter"),
                    "*.cnnrun"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.useRun(file.toPath());
            }
        });
        Button onnx = new Button(Messages.text("inside.v.onnxWeightsButton"));
        onnx.setId("inside-onnx");
        onnx.setTooltip(new Tooltip(Messages.text("inside.v.onnxWeights.tip")));
        onnx.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("inside.v.onnx.filter"),
                    "*.onnx"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.useOnnxWeights(file.toPath());
            }
        });
        Button random = new Button(Messages.text("inside.v.randomWeights"));
        random.setId("inside-random");
        random.setOnAction(e -> viewModel.useRandomWeights());
        Label weights = new Label();
        weights.textProperty().bind(viewModel.weightsProperty());
        weights.setId("inside-weights");
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setId("inside-status");
        status.setWrapText(true);
        weights.setWrapText(true);
        HBox controls = group(new Label(Messages.text("inside.v.imagesLabel")), datasets, open);
        HBox weightRow = group(new Label(Messages.text("inside.v.weightsLabel")), run, onnx, random);
        FlowPane rows = new FlowPane(16, 4, controls, weightRow, weights);
        rows.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        weights.maxWidthProperty().bind(rows.widthProperty());
        VBox bar = new VBox(4, rows, status);
        bar.setPadding(new Insets(6));
        return bar;
    }

    /** Controls kept on one line at their whole width; a narrow bar wraps between such groups. */
    private static HBox group(Region... controls) {
        HBox group = new HBox(10, controls);
        group.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Region control : controls) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        group.setMinWidth(Region.USE_PREF_SIZE);
        return group;
    }

    /** The controls of a row keep their width when the row is narrow; only its last label is shortened. */
    static void keepWidths(HBox row) {
        for (int i = 0; i < row.getChildren().size() - 1; i++) {
            if (row.getChildren().get(i) instanceof Region control) {
                control.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    /** The left column's contents, in {@code column}: the input picture, its caption and the sources' tabs. */
    private void left(ScrollPane column) {
        grid.setPrefColumns(4);
        grid.setId("inside-samples");
        Label caption = new Label(Messages.text("inside.v.inputCaption"));
        caption.setWrapText(true);
        caption.maxWidthProperty().bind(input.widthProperty());
        caption.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip.install(input.canvas(), new Tooltip(caption.getText()));
        Tab samples = new Tab(Messages.text("inside.tab.samples"), grid);
        samples.setId("inside-tab-samples");
        Tab draw = new Tab(Messages.text("inside.tab.draw"), new DigitPadView(new DigitPadViewModel(
                viewModel::useDrawing)));
        draw.setId("inside-tab-draw");
        Tab evidence = new Tab(Messages.text("gradcam.tab"), new EvidencePane(viewModel.evidence(), INPUT));
        evidence.setId("inside-tab-evidence");
        TabPane sources = new TabPane(samples, draw, evidence);
        sources.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sources.setId("inside-sources");
        // The input (with the heat map of the Evidence tab) first, so that it is in view on a low screen.
        VBox box = new VBox(8, input, caption, sources);
        box.setPadding(new Insets(8));
        column.setContent(box);
        EvidenceInView.install(column, input, caption, sources, evidence, SMALLEST);
    }

    private VBox right() {
        arithmetic.setEditable(false);
        arithmetic.setId("inside-arithmetic");
        arithmetic.setStyle("-fx-font-family: monospace;");
        arithmetic.setPrefRowCount(14);
        arithmetic.setPrefWidth(LARGE);
        arithmetic.setMinWidth(SMALLEST);
        large.canvas().setId("inside-large");
        input.canvas().setId("inside-input");
        top.setId("inside-top");
        // the column may be narrower than a caption: captions wrap rather than end in "..."
        Label arithmeticCaption = new Label(Messages.text("inside.v.arithmetic"));
        Label topCaption = new Label(Messages.text("inside.v.top5"));
        for (Label caption : new Label[] {largeTitle, scale, arithmeticCaption, topCaption}) {
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(8, largeTitle, scale, large, arithmeticCaption, arithmetic, topCaption, top);
        box.setPadding(new Insets(8));
        box.setPrefWidth(LARGE + 16);
        box.setMinWidth(SMALLEST + 16);
        return box;
    }

    private void showSamples(ImageSet images) {
        grid.getChildren().clear();
        if (images == null) {
            return;
        }
        for (int i = 0; i < Math.min(InsideViewModel.SAMPLES, images.count()); i++) {
            ImageInput sample = ImageInput.of(images, i, Shape.of(images.channels(), images.height(), images.width()),
                    Normalization.scaleOnly(images.channels()));
            ImageView view = new ImageView(ChannelImages.image(FeatureColours.image(sample.pixels(),
                    images.channels(), images.height(), images.width()), images.width(), images.height()));
            view.setFitWidth(40);
            view.setFitHeight(40);
            Label label = new Label(images.dataset().classNames().get(images.label(i)), view);
            label.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            label.setId("inside-sample-" + i);
            int index = i;
            label.setOnMouseClicked(e -> viewModel.choose(index));
            grid.getChildren().add(label);
        }
    }

    private void show(Inspection inspection) {
        layers.getChildren().clear();
        top.getChildren().clear();
        selected = null;
        region = null;
        if (inspection == null) {
            return;
        }
        layers.getChildren().setAll(LayerGroups.build(inspection, this::layerRow));
        for (ClassScore score : inspection.top()) {
            top.getChildren().add(scoreRow(score));
        }
        LayerActivation first = inspection.layers().get(Math.min(1, inspection.layers().size() - 1));
        select(first, 0);
        if (!first.shape().flat()) {
            int[] middle = {first.shape().height() / 2, first.shape().width() / 2};
            showRegion(middle);
            explain(middle);
        }
        drawInput();
    }

    /** A class and its probability at the column's right edge, both whole however narrow the column. */
    private static HBox scoreRow(ClassScore score) {
        Label name = new Label(score.name());
        Label percent = new Label(String.format(Locale.ROOT, "%.2f%%", 100 * score.probability()));
        name.setMinWidth(Region.USE_PREF_SIZE);
        percent.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(12, name, gap, percent);
        row.setMaxWidth(LARGE);
        return row;
    }

    private VBox layerRow(LayerActivation layer) {
        float limit = FeatureColours.limit(layer.stats().min(), layer.stats().max());
        String time = Double.isNaN(layer.millis()) ? "" : String.format(Locale.ROOT, ", %.2f ms", layer.millis());
        Label title = new Label(Messages.text("inside.v.layerTitle", layer.name(), layer.shape(),
                String.format(Locale.ROOT, "%.3g", layer.stats().min()),
                String.format(Locale.ROOT, "%.3g", layer.stats().max()),
                String.format(Locale.ROOT, "%.0f", 100 * layer.stats().zeroFraction())) + time);
        title.getStyleClass().add("inside-layer-title");
        title.setWrapText(true);
        FlowPane channels = new FlowPane(3, 3);
        int count = layer.shape().flat() ? 1 : Math.min(layer.shape().channels(), MAX_CHANNELS);
        for (int c = 0; c < count; c++) {
            ImageView view = new ImageView(ChannelImages.channel(layer, c, limit));
            view.setSmooth(false);
            view.setPreserveRatio(!layer.shape().flat());
            if (layer.shape().flat()) {
                stripWidth(view, Math.min(600, 3.0 * layer.shape().channels()));
            } else {
                view.setFitWidth(THUMB);
            }
            view.setFitHeight(layer.shape().flat() ? 16 : THUMB);
            int channel = c;
            view.setOnMouseClicked(e -> select(layer, channel));
            channels.getChildren().add(view);
        }
        if (!layer.shape().flat() && layer.shape().channels() > count) {
            channels.getChildren().add(new Label(
                    Messages.text("inside.v.moreChannels", layer.shape().channels() - count)));
        }
        VBox row = new VBox(3, title, channels);
        row.setId("inside-layer-" + layer.name());
        return row;
    }

    /**
     * A flat layer's strip: {@code natural} wide, narrower where the layers' column is (Korean lecture mode
     * at 1280x800), so that the column does not scroll sideways with the layers' titles cut at its edge.
     */
    private void stripWidth(ImageView strip, double natural) {
        double padding = layers.getPadding().getLeft() + layers.getPadding().getRight();
        strip.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double room = centre.getViewportBounds().getWidth() - padding;
            return room > 0 ? Math.max(THUMB, Math.min(natural, room)) : natural;
        }, centre.viewportBoundsProperty()));
    }

    private void select(LayerActivation layer, int channel) {
        selected = layer;
        selectedChannel = channel;
        largeTitle.setText(layer.shape().flat() ? Messages.text("inside.v.allValues", layer.name())
                : Messages.text("inside.v.channel", layer.name(), channel));
        scale.setText(Messages.text("inside.v.scale", String.format(Locale.ROOT, "%.3g",
                FeatureColours.limit(layer.stats().min(), layer.stats().max()))));
        large.setGrain(layer.shape().flat() ? 1 : layer.shape().width());
        drawLarge();
    }

    /** The selected channel, each of its values a square of screen pixels (a flat layer: one strip). */
    private void drawLarge() {
        GraphicsContext g = large.graphics();
        double side = large.side();
        g.clearRect(0, 0, side, side);
        if (selected == null) {
            return;
        }
        g.setImageSmoothing(false);
        Image image = ChannelImages.channel(selected, selectedChannel, FeatureColours.limit(selected.stats().min(),
                selected.stats().max()));
        double height = selected.shape().flat() ? 20 : side;
        g.drawImage(image, 0, 0, side, height);
    }

    /** The output pixel under the mouse in the large view, as {row, column}, or null. */
    private int[] pixelAt(double x, double y) {
        if (selected == null || selected.shape().flat()) {
            return null;
        }
        int row = (int) (y / large.side() * selected.shape().height());
        int column = (int) (x / large.side() * selected.shape().width());
        return row < selected.shape().height() && column < selected.shape().width() ? new int[] {row, column} : null;
    }

    private void hover(double x, double y) {
        showRegion(pixelAt(x, y));
    }

    private void showRegion(int[] pixel) {
        Inspection inspection = viewModel.inspectionProperty().get();
        region = pixel == null || inspection == null ? null
                : InputRegion.of(inspection.report(), selected.name(), pixel[0], pixel[1]);
        drawInput();
    }

    private void explain(double x, double y) {
        explain(pixelAt(x, y));
    }

    private void explain(int[] pixel) {
        Inspection inspection = viewModel.inspectionProperty().get();
        if (pixel == null || inspection == null) {
            return;
        }
        try {
            arithmetic.setText(ValueArithmetic.explain(inspection, selected.name(), selectedChannel, pixel[0],
                    pixel[1]).text());
        } catch (IllegalArgumentException e) {
            arithmetic.setText(e.getMessage());
        }
    }

    private void drawInput() {
        GraphicsContext g = input.graphics();
        double side = input.side();
        g.clearRect(0, 0, side, side);
        ImageInput image = viewModel.imageProperty().get();
        if (image == null) {
            return;
        }
        Shape shape = image.shape();
        input.setGrain(shape.width());
        g.setImageSmoothing(false);
        g.drawImage(ChannelImages.image(FeatureColours.image(image.pixels(), shape.channels(), shape.height(),
                shape.width()), shape.width(), shape.height()), 0, 0, side, side);
        drawEvidence(g, side);
        if (region != null) {
            double sy = side / shape.height();
            double sx = side / shape.width();
            InputRegion clipped = region.clipped(shape);
            g.setStroke(Color.ORANGE);
            g.setLineWidth(2);
            g.strokeRect(clipped.left() * sx, clipped.top() * sy, clipped.width() * sx, clipped.height() * sy);
            g.setFill(Color.ORANGE);
            g.fillText(region.height() + "x" + region.width()
                    + (region.reachesPadding(shape) ? " " + Messages.text("inside.v.withPadding") : ""),
                    4, side - 4);
        }
    }

    /** The class-evidence heat map over the input, translucent, smoothed as it was enlarged. */
    private void drawEvidence(GraphicsContext g, double side) {
        ClassEvidence evidence = viewModel.evidence().evidenceProperty().get();
        if (evidence == null) {
            return;
        }
        Shape shape = evidence.input();
        g.setImageSmoothing(true);
        g.drawImage(ChannelImages.image(HeatColours.image(evidence.normalised()), shape.width(), shape.height()),
                0, 0, side, side);
        g.setImageSmoothing(false);
    }
}
