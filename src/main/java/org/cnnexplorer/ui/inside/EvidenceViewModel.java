package org.cnnexplorer.ui.inside;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.inside.ClassEvidence;
import org.cnnexplorer.inside.Evidence;
import org.cnnexplorer.inside.EvidenceMethod;
import org.cnnexplorer.inside.Inspection;
import org.cnnexplorer.inside.InspectionEngine;
import org.cnnexplorer.inside.InspectionRequest;

/**
 * Where the network looks: the class-evidence heat map of the inspected image for the chosen class
 * (the predicted one after each new image) and method (Grad-CAM where the network has convolutions,
 * saliency otherwise), Grad-CAM on the chosen feature map (the last one by default, kept from image to
 * image while the network stays). Each map is computed on a background thread; a newer image, class,
 * method or layer cancels the one still running, whose result is dropped.
 */
public final class EvidenceViewModel {

    /** One entry of the class picker. */
    public record ClassChoice(int index, String name) {
        @Override
        public String toString() {
            return index + ": " + name;
        }
    }

    private final ReadOnlyObjectProperty<Inspection> inspection;
    private final Supplier<InspectionRequest> request;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ObjectProperty<EvidenceMethod> method = new SimpleObjectProperty<>(EvidenceMethod.GRAD_CAM);
    private final ObjectProperty<ClassChoice> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<String> layer = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<String>> layers = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<ClassChoice>> classes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<EvidenceMethod>> methods = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ClassEvidence> evidence = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final AtomicLong generation = new AtomicLong();
    private boolean resetting;

    /** {@code request}: the request of the current inspection (its image, weights and class names). */
    public EvidenceViewModel(ReadOnlyObjectProperty<Inspection> inspection, Supplier<InspectionRequest> request) {
        this.inspection = inspection;
        this.request = request;
        inspection.addListener((obs, old, now) -> reset(now));
        method.addListener((obs, old, now) -> compute());
        chosen.addListener((obs, old, now) -> compute());
        layer.addListener((obs, old, now) -> compute());
        shown.addListener((obs, old, now) -> compute());
    }

    /** A new image or network: the methods it allows, its classes, the predicted class chosen. */
    private void reset(Inspection now) {
        resetting = true;
        try {
            List<ClassChoice> choices = now == null ? List.of() : choices(now);
            classes.set(choices);
            List<String> maps = now == null ? List.of() : Evidence.camLayers(now.report());
            if (!maps.equals(layers.get())) {
                layers.set(maps);
                layer.set(maps.isEmpty() ? null : maps.get(maps.size() - 1));
            }
            methods.set(maps.isEmpty() ? List.of(EvidenceMethod.SALIENCY)
                    : List.of(EvidenceMethod.GRAD_CAM, EvidenceMethod.SALIENCY));
            if (!methods.get().contains(method.get())) {
                method.set(methods.get().get(0));
            }
            int predicted = now == null || now.top().isEmpty() ? 0 : now.top().get(0).index();
            chosen.set(predicted < choices.size() ? choices.get(predicted) : null);
        } finally {
            resetting = false;
        }
        compute();
    }

    private List<ClassChoice> choices(Inspection now) {
        NetworkReport report = now.report();
        LayerReport scores = report.layer(Evidence.scoreLayer(report)).orElseThrow();
        if (!scores.output().flat() && scores.output().height() * scores.output().width() > 1) {
            return List.of();
        }
        List<String> names = request.get().classNames();
        List<ClassChoice> choices = new ArrayList<>();
        for (int i = 0; i < scores.output().channels(); i++) {
            choices.add(new ClassChoice(i, i < names.size() ? names.get(i) : Messages.text("calc.evidence.class", i)));
        }
        return choices;
    }

    private void compute() {
        if (resetting) {
            return;
        }
        long ticket = generation.incrementAndGet();
        Inspection current = inspection.get();
        ClassChoice choice = chosen.get();
        evidence.set(null);
        if (!shown.get() || current == null) {
            status.set("");
            return;
        }
        if (choice == null) {
            status.set(Messages.text("inside.evidence.noClasses"));
            return;
        }
        InspectionRequest base = request.get();
        InspectionRequest own = new InspectionRequest(base.report(), base.weights(), base.image(), base.classNames(),
                0, () -> base.cancelled().getAsBoolean() || ticket != generation.get());
        EvidenceMethod how = method.get();
        String map = layer.get();
        status.set(Messages.text("inside.evidence.computing", choice.toString()));
        org.cnnexplorer.ui.common.Background.workers().execute(() -> {
            try {
                InspectionEngine engine = InspectionEngine.discover();
                ClassEvidence result = how == EvidenceMethod.GRAD_CAM && map != null
                        ? Evidence.gradCam(engine, own, current, map, choice.index())
                        : Evidence.compute(engine, own, current, how, choice.index());
                Platform.runLater(() -> {
                    if (ticket == generation.get()) {
                        evidence.set(result);
                        status.set("");
                    }
                });
            } catch (CancellationException stale) {
                // a newer image, class, method or layer; its own computation reports
            } catch (RuntimeException | LinkageError e) {
                Platform.runLater(() -> {
                    if (ticket == generation.get()) {
                        status.set(Messages.text("inside.evidence.failed", e.getMessage()));
                    }
                });
            }
        });
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObjectProperty<EvidenceMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<ClassChoice> chosenProperty() {
        return chosen;
    }

    /** The feature map Grad-CAM weighs, one of {@link #layersProperty()}. */
    public ObjectProperty<String> layerProperty() {
        return layer;
    }

    /** A feature map as the layer choice lists it: its name and output shape, {@code s4  16x5x5}. */
    public String layerText(String name) {
        Inspection current = inspection.get();
        return current == null ? name : current.report().layer(name).map(l -> name + "  " + l.output()).orElse(name);
    }

    /** The feature maps Grad-CAM can weigh ({@link Evidence#camLayers}); empty without convolutions. */
    public ReadOnlyObjectProperty<List<String>> layersProperty() {
        return layers.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ClassChoice>> classesProperty() {
        return classes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<EvidenceMethod>> methodsProperty() {
        return methods.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClassEvidence> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
