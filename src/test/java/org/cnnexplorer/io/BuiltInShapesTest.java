package org.cnnexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.core.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feature-map sizes of the built-ins at their own input sizes, as torchvision prints them. */
class BuiltInShapesTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "lenet5, c1, 6x28x28", "lenet5, s2, 6x14x14", "lenet5, c3, 16x10x10", "lenet5, s4, 16x5x5",
        "lenet5, c5, 120x1x1", "lenet5, flatten, 120", "lenet5, f6, 84", "lenet5, output, 10",
        "lenet5-32, input, 1x32x32", "lenet5-32, c1, 6x28x28", "lenet5-32, s2, 6x14x14", "lenet5-32, c3, 16x10x10",
        "lenet5-32, s4, 16x5x5", "lenet5-32, c5, 120x1x1", "lenet5-32, f6, 84", "lenet5-32, output, 10",
        "alexnet, conv1, 64x55x55", "alexnet, pool1, 64x27x27", "alexnet, conv2, 192x27x27",
        "alexnet, pool2, 192x13x13", "alexnet, conv3, 384x13x13", "alexnet, conv4, 256x13x13",
        "alexnet, conv5, 256x13x13", "alexnet, pool5, 256x6x6", "alexnet, avgpool, 256x6x6",
        "alexnet, flatten, 9216", "alexnet, fc6, 4096", "alexnet, fc7, 4096", "alexnet, fc8, 1000",
        "alexnet-paper, conv1, 96x55x55", "alexnet-paper, norm1, 96x55x55", "alexnet-paper, pool1, 96x27x27",
        "alexnet-paper, conv2, 256x27x27", "alexnet-paper, pool2, 256x13x13", "alexnet-paper, conv3, 384x13x13",
        "alexnet-paper, conv4, 384x13x13", "alexnet-paper, conv5, 256x13x13", "alexnet-paper, pool5, 256x6x6",
        "alexnet-paper, flatten, 9216", "alexnet-paper, fc8, 1000",
        "vgg16, block1.1.conv, 64x224x224", "vgg16, pool1, 64x112x112", "vgg16, block2.1.conv, 128x112x112",
        "vgg16, pool2, 128x56x56", "vgg16, block3.2.conv, 256x56x56", "vgg16, pool3, 256x28x28",
        "vgg16, block4.2.conv, 512x28x28", "vgg16, pool4, 512x14x14", "vgg16, block5.2.conv, 512x14x14",
        "vgg16, pool5, 512x7x7", "vgg16, avgpool, 512x7x7", "vgg16, flatten, 25088", "vgg16, fc8, 1000",
        "googlenet, conv1, 64x112x112", "googlenet, maxpool1, 64x56x56", "googlenet, conv2, 64x56x56",
        "googlenet, conv3, 192x56x56", "googlenet, maxpool2, 192x28x28",
        "googlenet, inception3a.concat, 256x28x28", "googlenet, inception3b.concat, 480x28x28",
        "googlenet, maxpool3, 480x14x14", "googlenet, inception4a.concat, 512x14x14",
        "googlenet, inception4b.concat, 512x14x14", "googlenet, inception4c.concat, 512x14x14",
        "googlenet, inception4d.concat, 528x14x14", "googlenet, inception4e.concat, 832x14x14",
        "googlenet, maxpool4, 832x7x7", "googlenet, inception5a.concat, 832x7x7",
        "googlenet, inception5b.concat, 1024x7x7", "googlenet, avgpool, 1024x1x1", "googlenet, fc, 1000",
        "googlenet-paper, pool1, 64x56x56", "googlenet-paper, conv2, 192x56x56", "googlenet-paper, pool2, 192x28x28",
        "googlenet-paper, inception3b.concat, 480x28x28", "googlenet-paper, pool3, 480x14x14",
        "googlenet-paper, inception4e.concat, 832x14x14", "googlenet-paper, pool4, 832x7x7",
        "googlenet-paper, inception5b.concat, 1024x7x7", "googlenet-paper, avgpool, 1024x1x1",
        "resnet50, conv1, 64x112x112", "resnet50, maxpool, 64x56x56", "resnet50, layer1.0.conv1, 64x56x56",
        "resnet50, layer1.0.downsample.0, 256x56x56", "resnet50, layer1.2.relu, 256x56x56",
        "resnet50, layer2.0.conv2, 128x28x28", "resnet50, layer2.0.downsample.0, 512x28x28",
        "resnet50, layer2.3.relu, 512x28x28", "resnet50, layer3.5.relu, 1024x14x14",
        "resnet50, layer4.0.conv1, 512x14x14", "resnet50, layer4.2.relu, 2048x7x7", "resnet50, avgpool, 2048x1x1",
        "resnet50, flatten, 2048", "resnet50, fc, 1000",
    })
    void layerOutputHasTheTorchvisionShape(String id, String layer, String shape) {
        assertEquals(Shape.parse(shape).toString(),
                BuiltInNetworksTest.layer(BuiltInNetworksTest.analyze(id), layer).output().toString());
    }
}
