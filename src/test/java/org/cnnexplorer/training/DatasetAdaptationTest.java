package org.cnnexplorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.data.DatasetId;
import org.cnnexplorer.io.model.ModelCatalog;
import org.junit.jupiter.api.Test;

/** The input a network is trained at on a data set, for each resize, and the refusal when it cannot run. */
class DatasetAdaptationTest {

    @Test
    void eachResizeGivesTheDataSetsChannelsAtItsSize() throws Exception {
        NetworkSpec alexnet = ModelCatalog.load("alexnet-paper");
        assertEquals(Shape.of(1, 28, 28), DatasetAdaptation.inputShape(alexnet, DatasetId.MNIST, ImageResize.NONE));
        assertEquals(Shape.of(1, 67, 67), DatasetAdaptation.inputShape(alexnet, DatasetId.MNIST,
                ImageResize.MINIMUM));
        assertEquals(Shape.of(3, 227, 227), DatasetAdaptation.inputShape(alexnet, DatasetId.CIFAR10,
                ImageResize.DECLARED));
        assertEquals(Shape.of(3, 100, 80), DatasetAdaptation.inputShape(alexnet, DatasetId.CIFAR10,
                ImageResize.to(100, 80)));
        NetworkSpec adapted = DatasetAdaptation.adapt(alexnet, DatasetId.CIFAR10, ImageResize.MINIMUM);
        assertEquals(Shape.of(3, 67, 67), adapted.input());
        assertEquals(10, adapted.classes());
    }

    @Test
    void theRefusalNamesTheProblemTheSizeThatRunsAndTheOption() throws Exception {
        NetworkSpec alexnet = DatasetAdaptation.adapt(ModelCatalog.load("alexnet"), DatasetId.MNIST);
        assertEquals("alexnet cannot be trained on MNIST (1x28x28 images): pool2: input 192x2x2 is smaller than the "
                + "3x3 window (stride 2) -> output 0x0; it runs from 63x63: use --resize 63x63 (Train tab: Resize "
                + "images to)", DatasetAdaptation.cannotTrain(NetworkAnalyzer.analyze(alexnet), DatasetId.MNIST));
        NetworkSpec small = DatasetAdaptation.adapt(alexnet, DatasetId.MNIST, ImageResize.to(40, 40));
        assertEquals("alexnet cannot be trained on MNIST resized to 1x40x40: pool5: input 256x1x1 is smaller than "
                + "the 3x3 window (stride 2) -> output 0x0; it runs from 63x63: use --resize 63x63 (Train tab: "
                + "Resize images to)", DatasetAdaptation.cannotTrain(NetworkAnalyzer.analyze(small), DatasetId.MNIST));
    }

    @Test
    void resizeParsesWhatItWrites() {
        for (ImageResize resize : new ImageResize[] {ImageResize.NONE, ImageResize.MINIMUM, ImageResize.DECLARED,
            ImageResize.to(63, 64)}) {
            assertEquals(resize, ImageResize.parse(resize.id()));
        }
        assertEquals(ImageResize.to(227, 227), ImageResize.parse(" 227X227 "));
    }
}
