#!/usr/bin/python3
"""Writes the built-ins that torchvision does not have - U-Net (2015), FCN-8s (2015) and YOLO v1 (2016) -
as CNN Explorer model files, and checks them: the same layer list is built as a PyTorch network by a
small interpreter of the model format (conv2d, conv-transpose2d, maxpool, relu, leaky-relu, dropout,
flatten, dense, concat, add, crop; an fcn-head block through the layers it expands into), run on the network's input, and its parameter count, MACs
(convolutions: output elements x in/groups x kh x kw; transposed convolutions: input elements x
out/groups x kh x kw; dense: in x out) and every layer's output shape are printed and written to
src/test/resources/papers/<id>.ref.json for the tests.

Run from the repository root with Debian's python3-torch (offline):

    /usr/bin/python3 scripts/paper_models.py
"""
import json
import os

import torch
import torch.nn as nn
import torch.nn.functional as F


def conv(name, filters, kernel, stride=1, padding=0, **extra):
    layer = {"name": name, "type": "conv2d", "filters": filters, "kernel": kernel}
    if stride != 1:
        layer["stride"] = stride
    if padding:
        layer["padding"] = padding
    layer.update(extra)
    return layer


def unet():
    layers = []
    previous = None
    for level, channels in enumerate([64, 128, 256, 512, 1024], start=1):
        if level > 1:
            layers.append({"name": f"pool{level - 1}", "type": "maxpool", "kernel": 2})
        layers += [conv(f"enc{level}.conv1", channels, 3), {"name": f"enc{level}.relu1", "type": "relu"},
                   conv(f"enc{level}.conv2", channels, 3), {"name": f"enc{level}.relu2", "type": "relu"}]
    for level, channels in zip([4, 3, 2, 1], [512, 256, 128, 64]):
        layers += [{"name": f"up{level}", "type": "conv-transpose2d", "filters": channels, "kernel": 2, "stride": 2},
                   {"name": f"crop{level}", "type": "crop", "inputs": [f"enc{level}.relu2", f"up{level}"]},
                   {"name": f"cat{level}", "type": "concat", "inputs": [f"crop{level}", f"up{level}"]},
                   conv(f"dec{level}.conv1", channels, 3), {"name": f"dec{level}.relu1", "type": "relu"},
                   conv(f"dec{level}.conv2", channels, 3), {"name": f"dec{level}.relu2", "type": "relu"}]
    layers.append(conv("out", 2, 1))
    return dict(
        id="unet", name="U-Net", family="U-Net", year=2015, input="1x572x572", classes=2,
        variant="the 2015 paper's network: unpadded 3x3 convolutions with ReLU, 2x2 max pooling, 2x2 transposed "
                "convolutions (stride 2) halving the channels, the encoder's map centre-cropped and concatenated "
                "before the upsampled one, a 1x1 convolution to 2 classes; 1x572x572 in, 2x388x388 out "
                "(per-pixel scores: analysis only)",
        source="O. Ronneberger, P. Fischer, T. Brox: U-Net: Convolutional networks for biomedical image "
               "segmentation, MICCAI 2015 (figure 1); checked by scripts/paper_models.py",
        layers=layers)


def fcn8s():
    layers = []
    spec = [(1, 64, 2), (2, 128, 2), (3, 256, 3), (4, 512, 3), (5, 512, 3)]
    for block, channels, count in spec:
        for i in range(1, count + 1):
            layers += [conv(f"conv{block}_{i}", channels, 3, padding=100 if (block, i) == (1, 1) else 1),
                       {"name": f"relu{block}_{i}", "type": "relu"}]
        layers.append({"name": f"pool{block}", "type": "maxpool", "kernel": 2, "ceil": True})
    layers += [conv("fc6", 4096, 7), {"name": "relu6", "type": "relu"}, {"name": "drop6", "type": "dropout"},
               conv("fc7", 4096, 1), {"name": "relu7", "type": "relu"}, {"name": "drop7", "type": "dropout"},
               {"name": "head", "type": "fcn-head", "filters": 21, "inputs": ["drop7", "pool4", "pool3", "input"]}]
    return dict(
        id="fcn8s", name="FCN-8s", family="FCN", year=2015, input="3x500x500", classes=21,
        variant="voc-fcn8s of the FCN paper's Caffe models: VGG16 with 100 pixels of padding on conv1_1, ceil-mode "
                "pooling, fc6/fc7 as 7x7 and 1x1 convolutions, 21-class scores fused from pool4 and pool3 through "
                "2x, 2x and 8x transposed convolutions (the 8x one fixed to bilinear interpolation); the crops are "
                "centred here (Caffe crops at offsets 5, 9 and 31: the sizes are the same); per-pixel scores at "
                "the input size: analysis only",
        source="J. Long, E. Shelhamer, T. Darrell: Fully convolutional networks for semantic segmentation, CVPR "
               "2015 (github.com/shelhamer/fcn.berkeleyvision.org, voc-fcn8s); checked by scripts/paper_models.py",
        layers=layers)


def fcn_head(name, filters, inputs):
    """The layers an `fcn-head` entry expands into (core.FcnHeadSpec): "2x, add, 2x, add, 8x"."""
    features, pool4, pool3, image = inputs
    up = {"type": "conv-transpose2d", "filters": filters, "kernel": 4, "stride": 2, "bias": False}
    return [conv(f"{name}.score_fr", filters, 1, inputs=[features]),
            {"name": f"{name}.upscore2", **up},
            conv(f"{name}.score_pool4", filters, 1, inputs=[pool4]),
            {"name": f"{name}.score_pool4c", "type": "crop", "inputs": [f"{name}.score_pool4", f"{name}.upscore2"]},
            {"name": f"{name}.fuse_pool4", "type": "add", "inputs": [f"{name}.upscore2", f"{name}.score_pool4c"]},
            {"name": f"{name}.upscore_pool4", **up},
            conv(f"{name}.score_pool3", filters, 1, inputs=[pool3]),
            {"name": f"{name}.score_pool3c", "type": "crop",
             "inputs": [f"{name}.score_pool3", f"{name}.upscore_pool4"]},
            {"name": f"{name}.fuse_pool3", "type": "add",
             "inputs": [f"{name}.upscore_pool4", f"{name}.score_pool3c"]},
            {"name": f"{name}.upscore8", "type": "conv-transpose2d", "filters": filters, "kernel": 16, "stride": 8,
             "bias": False, "trainable": False},
            {"name": f"{name}.score", "type": "crop", "inputs": [f"{name}.upscore8", image]}]


def expanded(layers):
    """The layers with each `fcn-head` block replaced by its layers, for the interpreter."""
    out = []
    for layer in layers:
        out += fcn_head(layer["name"], layer["filters"], layer["inputs"]) if layer["type"] == "fcn-head" else [layer]
    return out


def yolo_v1():
    layers = []
    n = 0

    def c(filters, kernel, stride=1):
        nonlocal n
        n += 1
        layers.extend([conv(f"conv{n}", filters, kernel, stride, kernel // 2),
                       {"name": f"leaky{n}", "type": "leaky-relu", "slope": 0.1}])

    def pool(i):
        layers.append({"name": f"pool{i}", "type": "maxpool", "kernel": 2})

    c(64, 7, 2), pool(1)
    c(192, 3), pool(2)
    c(128, 1), c(256, 3), c(256, 1), c(512, 3), pool(3)
    for _ in range(4):
        c(256, 1), c(512, 3)
    c(512, 1), c(1024, 3), pool(4)
    for _ in range(2):
        c(512, 1), c(1024, 3)
    c(1024, 3), c(1024, 3, 2), c(1024, 3), c(1024, 3)
    layers += [{"name": "flatten", "type": "flatten"}, {"name": "fc1", "type": "dense", "units": 4096},
               {"name": "leaky_fc1", "type": "leaky-relu", "slope": 0.1}, {"name": "dropout", "type": "dropout"},
               {"name": "fc2", "type": "dense", "units": 1470,
                "comment": "7 x 7 cells x (2 boxes x 5 + 20 classes), read as 7x7x30"}]
    return dict(
        id="yolo-v1", name="YOLO v1", family="YOLO", year=2016, input="3x448x448", classes=20,
        variant="the paper's figure 3: 24 convolutions (7x7/2, then 3x3 with 1x1 reductions) with leaky ReLU "
                "(slope 0.1), four 2x2 max pools, a 4096-unit fully connected layer, dropout 0.5 and a linear "
                "layer of 7x7x30 = 1,470 outputs (S = 7, B = 2, C = 20); biases everywhere, no batch norm; "
                "detection output: analysis only",
        source="J. Redmon, S. Divvala, R. Girshick, A. Farhadi: You only look once: unified, real-time object "
               "detection, CVPR 2016; checked by scripts/paper_models.py",
        layers=layers)


class Interpreter(nn.Module):
    """The model file's layers as PyTorch modules, run by name as the model format wires them."""

    def __init__(self, net):
        super().__init__()
        self.net = net
        self.mods = nn.ModuleDict()
        self.macs = {}

    def build_and_run(self, x):
        values = {"input": x}
        last = "input"
        total_macs = 0
        shapes = {}
        for layer in expanded(self.net["layers"]):
            inputs = [values[i] for i in layer.get("inputs", [last])]
            t = layer["type"]
            a = inputs[0]
            key = layer["name"].replace(".", "_")
            if t == "conv2d":
                m = nn.Conv2d(a.shape[1], layer["filters"], layer["kernel"], layer.get("stride", 1),
                              layer.get("padding", 0), bias=layer.get("bias", True))
                out = m(a)
                total_macs += out.numel() * a.shape[1] * layer["kernel"] ** 2
            elif t == "conv-transpose2d":
                m = nn.ConvTranspose2d(a.shape[1], layer["filters"], layer["kernel"], layer.get("stride", 1),
                                       bias=layer.get("bias", True))
                out = m(a)
                total_macs += a.numel() * layer["filters"] * layer["kernel"] ** 2
            elif t == "dense":
                m = nn.Linear(a.shape[1], layer["units"])
                out = m(a)
                total_macs += a.shape[1] * layer["units"]
            else:
                m = None
                if t == "maxpool":
                    out = F.max_pool2d(a, layer["kernel"], layer.get("stride", layer["kernel"]),
                                       ceil_mode=layer.get("ceil", False))
                elif t == "relu":
                    out = F.relu(a)
                elif t == "leaky-relu":
                    out = F.leaky_relu(a, layer["slope"])
                elif t == "dropout":
                    out = a
                elif t == "flatten":
                    out = torch.flatten(a, 1)
                elif t == "concat":
                    out = torch.cat(inputs, 1)
                elif t == "add":
                    out = inputs[0] + inputs[1]
                elif t == "crop":
                    h, w = inputs[1].shape[2], inputs[1].shape[3]
                    top, left = (a.shape[2] - h) // 2, (a.shape[3] - w) // 2
                    out = a[:, :, top:top + h, left:left + w]
                else:
                    raise SystemExit(f"{layer['name']}: unknown type {t}")
            if m is not None:
                self.mods[key] = m
            values[layer["name"]] = out
            shapes[layer["name"]] = list(out.shape[1:])
            last = layer["name"]
        params = sum(p.numel() for p in self.parameters())
        return {"params": params, "macs": total_macs, "input": [int(v) for v in self.net["input"].split("x")],
                "outputs": shapes}


def write(net):
    head = {k: net[k] for k in ("id", "name", "family", "year", "variant", "source", "input", "classes")}
    lines = ['{', '  "format": 1,'] + [f'  {json.dumps(k)}: {json.dumps(v)},' for k, v in head.items()]
    lines.append('  "layers": [')
    lines.append(",\n".join("    " + json.dumps(layer) for layer in net["layers"]))
    lines += ["  ]", "}"]
    with open(os.path.join("models", net["id"] + ".json"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    os.makedirs(os.path.join("src", "test", "resources", "papers"), exist_ok=True)
    for net in (unet(), fcn8s(), yolo_v1()):
        channels, height, width = (int(v) for v in net["input"].split("x"))
        with torch.no_grad():
            ref = Interpreter(net).build_and_run(torch.zeros(1, channels, height, width))
        print(f"{net['id']}: {ref['params']:,} params, {ref['macs']:,} MACs, output "
              f"{ref['outputs'][expanded(net['layers'])[-1]['name']]}")
        write(net)
        with open(os.path.join("src", "test", "resources", "papers", net["id"] + ".ref.json"), "w") as f:
            json.dump(ref, f, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
