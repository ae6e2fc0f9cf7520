package org.cnnexplorer.ui.inside;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.ClassEvidence;
import org.cnnexplorer.inside.EvidenceMethod;

/**
 * The controls of the class-evidence overlay under the input image: show or hide it, the method
 * (Grad-CAM or saliency), the feature map Grad-CAM weighs (with its output shape), the class (the
 * predicted one after each image), and the overlay's colour scale from 0 to the hottest value with
 * what the map was computed on.
 */
final class EvidencePane extends VBox {

    private static final double SCALE_HEIGHT = 10;

    private final EvidenceViewModel viewModel;
    private final Canvas scale;
    private final Label range = new Label();
    private final HBox classRow;

    EvidencePane(EvidenceViewModel viewModel, double width) {
        super(4);
        this.viewModel = viewModel;
        this.scale = new Canvas(width, SCALE_HEIGHT);
        CheckBox shown = new CheckBox(Messages.text("inside.evidence.show"));
        shown.selectedProperty().bindBidirectional(viewModel.shownProperty());
        shown.setId("inside-evidence-shown");
        ComboBox<EvidenceMethod> method = new ComboBox<>();
        method.setConverter(new MethodNames());
        method.setId("inside-evidence-method");
        method.getItems().setAll(viewModel.methodsProperty().get());
        viewModel.methodsProperty().addListener((obs, old, now) -> method.getItems().setAll(now));
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        ComboBox<EvidenceViewModel.ClassChoice> classes = new ComboBox<>();
        classes.setId("inside-evidence-class");
        classes.setPrefWidth(width - 60);
        viewModel.classesProperty().addListener((obs, old, now) -> classes.getItems().setAll(now));
        classes.valueProperty().bindBidirectional(viewModel.chosenProperty());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(width);
        status.setId("inside-evidence-status");
        range.setWrapText(true);
        range.setMaxWidth(width);
        range.setId("inside-evidence-scale");
        classRow = new HBox(6, new Label(Messages.text("inside.evidence.class")), classes);
        classRow.setAlignment(Pos.CENTER_LEFT);
        // the check box and the method share a line where the column is wide enough (lecture mode), one row
        // less between the picture and the class choice
        FlowPane showAndMethod = new FlowPane(6, 4, shown, method);
        showAndMethod.setAlignment(Pos.CENTER_LEFT);
        showAndMethod.setPrefWrapLength(0);
        getChildren().addAll(showAndMethod, layerRow(viewModel, width), classRow, scale, range, status);
        viewModel.evidenceProperty().addListener((obs, old, now) -> drawScale(now));
        drawScale(null);
    }

    /** How far down this pane its controls reach: the bottom of the class choice, the last of them. */
    double controlsBottom() {
        return classRow.getBoundsInParent().getMaxY();
    }

    /** The choice of the feature map Grad-CAM weighs, shown while the method is Grad-CAM. */
    private static HBox layerRow(EvidenceViewModel viewModel, double width) {
        ComboBox<String> layers = new ComboBox<>();
        layers.setId("inside-evidence-layer");
        layers.setPrefWidth(width - 60);
        layers.setVisibleRowCount(15);
        layers.setTooltip(new Tooltip(Messages.text("gradcam.layer.tooltip")));
        layers.setConverter(new StringConverter<>() {
            @Override
            public String toString(String layer) {
                return layer == null ? "" : viewModel.layerText(layer);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        layers.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String layer, boolean empty) {
                super.updateItem(layer, empty);
                setText(empty || layer == null ? "" : layer);
            }
        });
        layers.getItems().setAll(viewModel.layersProperty().get());
        viewModel.layersProperty().addListener((obs, old, now) -> layers.getItems().setAll(now));
        layers.valueProperty().bindBidirectional(viewModel.layerProperty());
        HBox row = new HBox(6, new Label(Messages.text("gradcam.layer.label")), layers);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(viewModel.methodProperty().isEqualTo(EvidenceMethod.GRAD_CAM));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void drawScale(ClassEvidence evidence) {
        GraphicsContext g = scale.getGraphicsContext2D();
        double width = scale.getWidth();
        g.clearRect(0, 0, width, SCALE_HEIGHT);
        if (evidence == null) {
            range.setText("");
            return;
        }
        for (int x = 0; x < width; x++) {
            int argb = HeatColours.argb((float) (x / (width - 1)));
            g.setFill(javafx.scene.paint.Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff,
                    (argb >>> 24) / 255.0));
            g.fillRect(x, 0, 1, SCALE_HEIGHT);
        }
        String max = String.format(Locale.ROOT, "%.3g", evidence.max());
        range.setText(evidence.method() == EvidenceMethod.GRAD_CAM
                ? Messages.text("inside.evidence.scaleCam", max, evidence.layer(), evidence.gridHeight(),
                        evidence.gridWidth(), evidence.className())
                : Messages.text("inside.evidence.scaleSaliency", max, evidence.className()));
    }

    /** The method's name in the interface language. */
    private static final class MethodNames extends StringConverter<EvidenceMethod> {
        @Override
        public String toString(EvidenceMethod method) {
            return method == null ? "" : Messages.text(method == EvidenceMethod.GRAD_CAM
                    ? "inside.evidence.gradcam" : "inside.evidence.saliency");
        }

        @Override
        public EvidenceMethod fromString(String text) {
            return null;
        }
    }
}
