package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cnnexplorer.core.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feature-map sizes of the built-ins at their own input sizes, as torchvision prints them
 * (the paper networks: as their PyTorch re-implementations in scripts/paper_networks_reference.py do). */
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
        "densenet121, features.conv0, 64x112x112", "densenet121, features.pool0, 64x56x56",
        "densenet121, features.denseblock1.denselayer1.conv1, 128x56x56",
        "densenet121, features.denseblock1.denselayer1.conv2, 32x56x56",
        "densenet121, features.denseblock1.denselayer1.concat, 96x56x56",
        "densenet121, features.denseblock1.denselayer6.concat, 256x56x56",
        "densenet121, features.transition1.conv, 128x56x56", "densenet121, features.transition1.pool, 128x28x28",
        "densenet121, features.denseblock2.denselayer12.concat, 512x28x28",
        "densenet121, features.transition2.pool, 256x14x14",
        "densenet121, features.denseblock3.denselayer24.concat, 1024x14x14",
        "densenet121, features.transition3.pool, 512x7x7",
        "densenet121, features.denseblock4.denselayer16.concat, 1024x7x7", "densenet121, features.norm5, 1024x7x7",
        "densenet121, avgpool, 1024x1x1", "densenet121, classifier, 1000",
        "mobilenet-v2, features.0.0, 32x112x112", "mobilenet-v2, features.1.conv.1, 16x112x112",
        "mobilenet-v2, features.2.conv.0.0, 96x112x112", "mobilenet-v2, features.2.conv.1.0, 96x56x56",
        "mobilenet-v2, features.3.add, 24x56x56", "mobilenet-v2, features.6.add, 32x28x28",
        "mobilenet-v2, features.10.add, 64x14x14", "mobilenet-v2, features.13.add, 96x14x14",
        "mobilenet-v2, features.14.conv.1.0, 576x7x7", "mobilenet-v2, features.16.add, 160x7x7",
        "mobilenet-v2, features.17.conv.3, 320x7x7", "mobilenet-v2, features.18.2, 1280x7x7",
        "mobilenet-v2, classifier.1, 1000",
        "mobilenet-v1, conv1, 32x112x112", "mobilenet-v1, conv_dw_1, 32x112x112", "mobilenet-v1, conv_pw_1, 64x112x112",
        "mobilenet-v1, conv_dw_2, 64x56x56", "mobilenet-v1, conv_pw_3, 128x56x56", "mobilenet-v1, conv_pw_5, 256x28x28",
        "mobilenet-v1, conv_pw_11, 512x14x14", "mobilenet-v1, conv_dw_12, 512x7x7", "mobilenet-v1, conv_pw_13, 1024x7x7",
        "mobilenet-v1, avgpool, 1024x1x1", "mobilenet-v1, fc, 1000",
        "xception, conv1, 32x149x149", "xception, conv2, 64x147x147", "xception, block1.rep.0.pointwise, 128x147x147",
        "xception, block1.add, 128x74x74", "xception, block2.add, 256x37x37", "xception, block3.skip, 728x19x19",
        "xception, block3.add, 728x19x19", "xception, block11.add, 728x19x19",
        "xception, block12.rep.4.pointwise, 1024x19x19", "xception, block12.add, 1024x10x10",
        "xception, conv3.pointwise, 1536x10x10", "xception, act4, 2048x10x10", "xception, fc, 1000",
        "alexnet-2gpu, conv1, 96x55x55", "alexnet-2gpu, conv2, 256x27x27", "alexnet-2gpu, conv4, 384x13x13",
        "alexnet-2gpu, conv5, 256x13x13", "alexnet-2gpu, pool5, 256x6x6", "alexnet-2gpu, fc8, 1000",
    })
    void layerOutputHasTheTorchvisionShape(String id, String layer, String shape) {
        assertEquals(Shape.parse(shape).toString(),
                BuiltInNetworksTest.layer(BuiltInNetworksTest.analyze(id), layer).output().toString());
    }
}
