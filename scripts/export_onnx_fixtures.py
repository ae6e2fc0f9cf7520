#!/usr/bin/python3
"""Exports the ONNX test fixtures of src/test/resources/onnx with Debian's python3-torch,
python3-torchvision and python3-onnx (no network needed), and writes beside each one the
reference figures the tests compare CNN Explorer's import with:

  <name>.onnx       the graph; weights kept inline only for LeNet-5 and the tiny nets, the
                    others keep their initializers' shapes with the values left out
                    (external data whose file is deleted) to keep the repository small
  <name>.ref.json   {"params", "buffers", "macs", "input", "outputs": {node name: [C, H, W]}}
                    params and buffers from PyTorch's module, MACs from forward hooks
                    (convolutions: out elements x in/groups x kh x kw; transposed
                    convolutions: in elements x out/groups x kh x kw; linear: in x out),
                    every node's output shape from onnx.shape_inference

Run from the repository root: /usr/bin/python3 scripts/export_onnx_fixtures.py [NAME ...]
(names: only those fixtures, e.g. tiny-upsample; the others stay byte-identical)
"""
import json
import os
import sys

import onnx
import onnx.external_data_helper
import onnx.shape_inference
import torch
import torch.nn as nn
import torchvision

OUT = os.path.join("src", "test", "resources", "onnx")
OPSET = 13


class LeNet5(nn.Module):
    """models/lenet5.json: 1x28x28, conv1 padding 2, tanh, average pooling."""

    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(1, 6, 5, padding=2)
        self.s2 = nn.AvgPool2d(2)
        self.c3 = nn.Conv2d(6, 16, 5)
        self.s4 = nn.AvgPool2d(2)
        self.c5 = nn.Conv2d(16, 120, 5)
        self.f6 = nn.Linear(120, 84)
        self.output = nn.Linear(84, 10)

    def forward(self, x):
        x = self.s2(torch.tanh(self.c1(x)))
        x = self.s4(torch.tanh(self.c3(x)))
        x = torch.flatten(torch.tanh(self.c5(x)), 1)
        return self.output(torch.tanh(self.f6(x)))


class TinySeDepthwise(nn.Module):
    """A depthwise-separable convolution with a squeeze-and-excitation gate (uses Mul, Clip)."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 16, 3, padding=1)
        self.dw = nn.Conv2d(16, 16, 3, padding=1, groups=16)
        self.pw = nn.Conv2d(16, 32, 1)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Conv2d(32, 8, 1)
        self.fc2 = nn.Conv2d(8, 32, 1)
        self.head = nn.Linear(32, 10)

    def forward(self, x):
        x = nn.functional.relu6(self.pw(self.dw(torch.relu(self.stem(x)))))
        s = torch.sigmoid(self.fc2(torch.relu(self.fc1(self.pool(x)))))
        x = x * s
        return self.head(torch.flatten(self.pool(x), 1))


class TinyLaterActivations(nn.Module):
    """SiLU, Mish, Hardswish, LeakyReLU(0.1) and a squeeze-and-excitation gate with Hardsigmoid; at
    opset 13 PyTorch writes Sigmoid+Mul, Softplus+Tanh+Mul and HardSigmoid+Mul for the first three."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Conv2d(8, 2, 1)
        self.fc2 = nn.Conv2d(2, 8, 1)
        self.head = nn.Linear(8, 10)

    def forward(self, x):
        f = nn.functional
        x = f.leaky_relu(f.hardswish(f.mish(f.silu(self.conv(x)))), 0.1)
        x = x * f.hardsigmoid(self.fc2(torch.relu(self.fc1(self.pool(x)))))
        return self.head(torch.flatten(self.pool(x), 1))


class TinyUpsample(nn.Module):
    """Transposed convolutions, nearest and bilinear upsampling, a channel split, slice and shuffle,
    and a centre crop (ConvTranspose, Resize, Split, Slice, Reshape-Transpose-Reshape). Exported
    with constant folding, torch.onnx.export's default, so that the scales are initializers."""

    def __init__(self):
        super().__init__()
        self.down = nn.Conv2d(3, 8, 3, stride=2, padding=1)
        self.up = nn.ConvTranspose2d(8, 8, 4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(4, 4, 3, stride=2, padding=1, output_padding=1, bias=False)
        self.head = nn.Linear(4, 10)

    def forward(self, x):
        x = self.up(torch.relu(self.down(x)))
        a, b = torch.split(x, [4, 4], dim=1)
        a = self.up2(a)
        b = nn.functional.interpolate(b, scale_factor=2, mode="nearest")
        x = torch.cat([a, b], 1)
        x = x.reshape(-1, 2, 4, 32, 32).transpose(1, 2).reshape(-1, 8, 32, 32)
        x = x[:, 2:6]
        x = nn.functional.interpolate(x, scale_factor=2, mode="bilinear", align_corners=False)
        x = x[:, :, 4:60, 4:60]
        return self.head(torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1))


def macs_of(model, example):
    total = [0]

    def conv_hook(module, _inputs, output):
        kh, kw = module.kernel_size
        total[0] += output.numel() // output.shape[0] * (module.in_channels // module.groups) * kh * kw

    def transposed_hook(module, inputs, _output):
        kh, kw = module.kernel_size
        total[0] += inputs[0].numel() // inputs[0].shape[0] * (module.out_channels // module.groups) * kh * kw

    def linear_hook(module, _inputs, _output):
        total[0] += module.in_features * module.out_features

    handles = []
    for module in model.modules():
        if isinstance(module, nn.Conv2d):
            handles.append(module.register_forward_hook(conv_hook))
        elif isinstance(module, nn.ConvTranspose2d):
            handles.append(module.register_forward_hook(transposed_hook))
        elif isinstance(module, nn.Linear):
            handles.append(module.register_forward_hook(linear_hook))
    with torch.no_grad():
        model(example)
    for handle in handles:
        handle.remove()
    return total[0]


def output_shapes(model_proto):
    inferred = onnx.shape_inference.infer_shapes(model_proto)
    shapes = {}
    values = {v.name: v for v in list(inferred.graph.value_info) + list(inferred.graph.output)}
    for node in inferred.graph.node:
        if node.op_type == "Constant" or not node.output or node.output[0] not in values:
            continue
        dims = [d.dim_value for d in values[node.output[0]].type.tensor_type.shape.dim]
        shapes[node.name] = dims[1:]
    return shapes


def export(name, model, shape, keep_weights, fold_constants=False):
    model.eval()
    example = torch.randn(1, *shape)
    path = os.path.join(OUT, name + ".onnx")
    torch.onnx.export(model, example, path, opset_version=OPSET, input_names=["image"],
                      training=torch.onnx.TrainingMode.PRESERVE,
                      output_names=["logits"], do_constant_folding=fold_constants)
    proto = onnx.load(path)
    params = sum(p.numel() for p in model.parameters())
    buffers = sum(b.numel() for n, b in model.named_buffers() if not n.endswith("num_batches_tracked"))
    reference = {"params": params, "buffers": buffers, "macs": macs_of(model, example),
                 "input": list(shape), "outputs": output_shapes(proto)}
    if not keep_weights:
        onnx.external_data_helper.convert_model_to_external_data(
            proto, all_tensors_to_one_file=True, location=name + ".weights-left-out", size_threshold=0)
        onnx.save(proto, path)
        os.remove(os.path.join(OUT, name + ".weights-left-out"))
    with open(os.path.join(OUT, name + ".ref.json"), "w") as out:
        json.dump(reference, out, indent=1, sort_keys=True)
        out.write("\n")
    print(f"{name}: {os.path.getsize(path):,} bytes, params {params:,}, buffers {buffers:,},"
          f" MACs {reference['macs']:,}")


def main(names):
    """Exports every fixture, or only those named on the command line (e.g. tiny-upsample)."""
    os.makedirs(OUT, exist_ok=True)
    if names:
        for name in names:
            torch.manual_seed(0)
            model, shape = {"tiny-upsample": (TinyUpsample, (3, 16, 16))}[name]
            export(name, model(), shape, keep_weights=True, fold_constants=True)
        return 0
    torch.manual_seed(0)
    tv = torchvision.models
    export("lenet5", LeNet5(), (1, 28, 28), keep_weights=True)
    export("tiny-se-depthwise", TinySeDepthwise(), (3, 32, 32), keep_weights=True)
    export("alexnet", tv.alexnet(), (3, 224, 224), keep_weights=False)
    export("vgg16", tv.vgg16(), (3, 224, 224), keep_weights=False)
    export("googlenet", tv.googlenet(aux_logits=False, transform_input=False, init_weights=False),
           (3, 224, 224), keep_weights=False)
    export("resnet18", tv.resnet18(), (3, 224, 224), keep_weights=False)
    export("resnet50", tv.resnet50(), (3, 224, 224), keep_weights=False)
    export("mobilenet_v2", tv.mobilenet_v2(), (3, 224, 224), keep_weights=False)
    export("tiny-later-activations", TinyLaterActivations(), (3, 16, 16), keep_weights=True)
    torch.manual_seed(0)
    export("tiny-upsample", TinyUpsample(), (3, 16, 16), keep_weights=True, fold_constants=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
