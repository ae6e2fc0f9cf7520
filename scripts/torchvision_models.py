#!/usr/bin/python3
"""Writes a CNN Explorer model file (models/<id>.json) from a torchvision 0.14 network, walking its
modules in forward order: every layer is named by its torchvision module path
(features.2.0.block.1.0), so the analysis can be compared with torchvision's shapes module by
module. Knows the modules and blocks of the MobileNet v3 and EfficientNet families:

  Conv2d, BatchNorm2d, ReLU, ReLU6, Hardswish, Hardsigmoid, SiLU, Sigmoid, Dropout, Linear,
  AdaptiveAvgPool2d(1), MaxPool2d; Sequential and Conv2dNormActivation (in order);
  SqueezeExcitation (avgpool, fc1, activation, fc2, scale_activation, then <path>.scale: the
  product of the gate and the block's input); InvertedResidual and MBConv (their block, then
  <path>.add with the block input when torchvision adds it; stochastic depth is the identity at
  inference); a Sequential of MBConv blocks (an EfficientNet stage) as one inverted-residual-stage. A `flatten` is put before the classifier, as the networks' forward() does.

Uses Debian's python3-torch/python3-torchvision offline. Run from the repository root:

    /usr/bin/python3 scripts/torchvision_models.py mobilenet_v3_large mobilenet-v3-large
    /usr/bin/python3 scripts/torchvision_models.py efficientnet_b0 efficientnet-b0
"""
import json
import sys

import torch.nn as nn
import torchvision
from torchvision.models.efficientnet import MBConv
from torchvision.models.resnet import Bottleneck
from torchvision.models.mobilenetv3 import InvertedResidual
from torchvision.ops.misc import SqueezeExcitation

ACTIVATIONS = {nn.ReLU: "relu", nn.ReLU6: "relu6", nn.Hardswish: "hard-swish", nn.Hardsigmoid: "hard-sigmoid",
               nn.SiLU: "swish", nn.Sigmoid: "sigmoid"}

NETWORKS = {
    "mobilenet_v3_large": dict(
        name="MobileNet v3 Large",
        variant="torchvision mobilenet_v3_large (width 1.0, 224x224): hard-swish, squeeze-and-excitation with "
                "hard-sigmoid gates (squeeze to make_divisible(expand / 4, 8) channels), batch norm eps 0.001",
        source="torchvision.models.mobilenet_v3_large; A. Howard et al.: Searching for MobileNetV3, ICCV 2019",
        family="MobileNet", year=2019),
    "efficientnet_b0": dict(
        name="EfficientNet-B0",
        variant="torchvision efficientnet_b0 (224x224): MBConv blocks with swish (SiLU) and squeeze-and-excitation "
                "(sigmoid gates, squeeze to a quarter of the block input); stochastic depth is the identity at inference",
        source="torchvision.models.efficientnet_b0; M. Tan, Q. V. Le: EfficientNet: Rethinking model scaling for "
               "convolutional neural networks, ICML 2019",
        family="EfficientNet", year=2019),
    "se_resnet50": dict(
        name="SE-ResNet-50",
        variant="torchvision ResNet-50 v1.5 with a squeeze-and-excitation module (reduction 16, ReLU, sigmoid, "
                "1x1 convolutions with biases as the fully connected layers) on every bottleneck's residual "
                "branch after bn3, before the addition; 28,088,024 parameters as in the paper's table",
        source="J. Hu, L. Shen, G. Sun: Squeeze-and-excitation networks, CVPR 2018; figures checked with "
               "torchvision.models.resnet50 plus torchvision.ops.SqueezeExcitation (scripts/torchvision_models.py)",
        family="SENet", year=2017),
}


def se_resnet50():
    """torchvision's ResNet-50 with SqueezeExcitation(4 * width, 4 * width // 16) in every bottleneck."""
    net = torchvision.models.resnet50()
    for stage in (net.layer1, net.layer2, net.layer3, net.layer4):
        for block in stage:
            channels = block.conv3.out_channels
            block.se = SqueezeExcitation(channels, channels // 16)
    return net


def pair(value):
    return value if isinstance(value, int) else (value[0] if value[0] == value[1] else f"{value[0]}x{value[1]}")


class Writer:
    def __init__(self):
        self.layers = []
        self.last = "input"

    def add(self, layer, inputs=None):
        if inputs is not None and inputs != [self.last]:
            layer["inputs"] = inputs
        self.layers.append(layer)
        self.last = layer["name"]
        return layer["name"]

    def module(self, path, m):
        if isinstance(m, SqueezeExcitation):
            block_input = self.last
            for child in ("avgpool", "fc1", "activation", "fc2", "scale_activation"):
                self.module(f"{path}.{child}", getattr(m, child))
            gate = self.last
            self.add({"name": f"{path}.scale", "type": "multiply"}, [block_input, gate])
        elif isinstance(m, (InvertedResidual, MBConv)):
            self.add(inverted_residual(path, m))
        elif isinstance(m, Bottleneck):
            block_input = self.last
            for child, name in (("conv1", "conv1"), ("bn1", "bn1"), ("relu", "relu1"), ("conv2", "conv2"),
                                ("bn2", "bn2"), ("relu", "relu2"), ("conv3", "conv3"), ("bn3", "bn3")):
                self.module(f"{path}.{name}", getattr(m, child))
            if hasattr(m, "se"):
                self.module(f"{path}.se", m.se)
            main = self.last
            shortcut = block_input
            if m.downsample is not None:
                self.add({"name": f"{path}.downsample.0", **conv_fields(m.downsample[0])}, [block_input])
                self.module(f"{path}.downsample.1", m.downsample[1])
                shortcut = self.last
            self.add({"name": f"{path}.add", "type": "add"}, [main, shortcut])
            self.add({"name": f"{path}.relu", "type": "relu"})
        elif isinstance(m, nn.MaxPool2d):
            layer = {"name": path, "type": "maxpool", "kernel": m.kernel_size, "stride": m.stride}
            if m.padding:
                layer["padding"] = m.padding
            if m.ceil_mode:
                layer["ceil"] = True
            self.add(layer)
        elif isinstance(m, nn.Sequential) and all(isinstance(b, Bottleneck) and hasattr(b, "se") for b in m):
            self.add(se_stage(path, m))
        elif isinstance(m, nn.Sequential) and len(m) and all(isinstance(b, MBConv) for b in m):
            self.add(mbconv_stage(path, m))
        elif isinstance(m, nn.Sequential):
            for name, child in m.named_children():
                self.module(f"{path}.{name}" if path else name, child)
        elif isinstance(m, nn.Conv2d):
            self.add({"name": path, **conv_fields(m)})
        elif isinstance(m, nn.BatchNorm2d):
            layer = {"name": path, "type": "batchnorm"}
            if m.eps != 1e-5:
                layer["eps"] = m.eps
            self.add(layer)
        elif type(m) in ACTIVATIONS:
            self.add({"name": path, "type": ACTIVATIONS[type(m)]})
        elif isinstance(m, nn.AdaptiveAvgPool2d) and m.output_size in (1, (1, 1)):
            self.add({"name": path, "type": "global-avgpool"})
        elif isinstance(m, nn.Dropout):
            self.add({"name": path, "type": "dropout", "rate": m.p})
        elif isinstance(m, nn.Linear):
            self.add({"name": path, "type": "dense", "units": m.out_features})
        else:
            raise SystemExit(f"{path}: no mapping for {type(m).__name__}")


def se_stage(path, stage):
    """A stage of SE bottlenecks as one `residual-stage` entry with SENet's reduction ratio."""
    first = stage[0]
    layer = {"name": path, "type": "residual-stage", "block": "bottleneck", "blocks": len(stage),
             "width": first.conv1.out_channels, "stride": pair(first.conv2.stride)}
    layer["se"] = first.se.fc2.out_channels // first.se.fc1.out_channels
    return layer


def mbconv_stage(path, stage):
    """A stage of EfficientNet's MBConv blocks as one `inverted-residual-stage` entry: the first block's
    fields, `blocks`, and `se` as the ratio of the block input to the squeeze width (torchvision's 4)."""
    first = inverted_residual(path, stage[0])
    layer = {"name": path, "type": "inverted-residual-stage", "blocks": len(stage)}
    layer.update((key, value) for key, value in first.items() if key not in ("name", "type"))
    if "se" in layer:
        channels = next(step[0] for step in stage[0].block.children()).in_channels
        layer["se"] = channels // layer["se"]
    return layer


def inverted_residual(path, m):
    """One inverted-residual block entry in the order of the papers' tables (kernel, expansion, out, SE, NL, s)."""
    steps = list(m.block.children())
    convs = [step[0] for step in steps if not isinstance(step, SqueezeExcitation)]
    depthwise = next(c for c in convs if c.groups > 1)
    channels, hidden = convs[0].in_channels, depthwise.out_channels
    activation = next(step[2] for step in steps if step[0] is depthwise)
    layer = {"name": path, "type": "inverted-residual", "kernel": pair(depthwise.kernel_size)}
    if isinstance(m, MBConv) or hidden == channels:
        layer["expansion"] = hidden // channels
    else:
        layer["expanded"] = hidden
    layer["filters"] = convs[-1].out_channels
    se = next((step for step in steps if isinstance(step, SqueezeExcitation)), None)
    if se is not None:
        layer["se"] = se.fc1.out_channels
    if type(activation) is not nn.ReLU6:
        layer["activation"] = ACTIVATIONS[type(activation)]
    layer["stride"] = pair(depthwise.stride)
    if se is not None and type(se.activation) is not nn.ReLU:
        layer["seActivation"] = ACTIVATIONS[type(se.activation)]
    if se is not None and type(se.scale_activation) is not nn.Sigmoid:
        layer["seGate"] = ACTIVATIONS[type(se.scale_activation)]
    eps = steps[0][1].eps
    if eps != 1e-5:
        layer["eps"] = eps
    return layer


def conv_fields(m):
    layer = {"type": "conv2d", "filters": m.out_channels, "kernel": pair(m.kernel_size)}
    if m.stride != (1, 1):
        layer["stride"] = pair(m.stride)
    if m.padding != (0, 0):
        layer["padding"] = pair(m.padding)
    if m.dilation != (1, 1):
        layer["dilation"] = pair(m.dilation)
    if m.groups != 1:
        layer["groups"] = m.groups
    if m.bias is None:
        layer["bias"] = False
    return layer


def model_file(torchvision_name, model_id):
    info = NETWORKS[torchvision_name]
    net = se_resnet50() if torchvision_name == "se_resnet50" else getattr(torchvision.models, torchvision_name)()
    writer = Writer()
    for name, child in net.named_children():
        if name in ("fc", "classifier"):
            writer.add({"name": "flatten", "type": "flatten"})
        writer.module(name, child)
    writer.layers[-1]["units"] = "classes"
    head = {"format": 1, "id": model_id, "name": info["name"], "family": info["family"], "year": info["year"],
            "variant": info["variant"], "source": info["source"], "input": "3x224x224", "classes": 1000}
    lines = ["{"] + [f'  {json.dumps(k)}: {json.dumps(v)},' for k, v in head.items()]
    lines.append('  "layers": [')
    lines.append(",\n".join("    " + json.dumps(layer) for layer in writer.layers))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    name, model_id = sys.argv[1], sys.argv[2]
    with open(f"models/{model_id}.json", "w") as f:
        f.write(model_file(name, model_id))
