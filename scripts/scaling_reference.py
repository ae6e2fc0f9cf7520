#!/usr/bin/python3
"""Reference figures for the width, depth and resolution multipliers (decision 0011), from
torchvision 0.14 (Debian's python3-torch; offline): parameters and MACs (forward hooks on Conv2d
and Linear, as scripts/torchvision_reference.py) of mobilenet_v2(width_mult=0.5, 0.75) and
efficientnet_b0..b3 at their own resolutions (224, 240, 260, 300), the stage block counts
EfficientNet derives with ceil(n * depth_mult), and torchvision's _make_divisible(v, 8) on a table
of channel counts and widths. Writes src/test/resources/scaling/torchvision-scaling.json.

Run from the repository root: /usr/bin/python3 scripts/scaling_reference.py
"""
import json
import math
import os

import torch
import torch.nn as nn
import torchvision
from torchvision.models._utils import _make_divisible


def figures(model, size):
    macs = [0]

    def hook(module, args, out):
        if isinstance(module, nn.Conv2d):
            macs[0] += out.numel() * module.in_channels // module.groups * module.kernel_size[0] * module.kernel_size[1]
        elif isinstance(module, nn.Linear):
            macs[0] += module.in_features * module.out_features

    for module in model.modules():
        if isinstance(module, (nn.Conv2d, nn.Linear)):
            module.register_forward_hook(hook)
    with torch.no_grad():
        model.eval()(torch.zeros(1, 3, size, size))
    return {"params": sum(p.numel() for p in model.parameters()), "macs": macs[0], "input": size}


def main():
    ref = {"mobilenet_v2": {}, "efficientnet": {}, "make_divisible": [], "efficientnet_depth": {}}
    for width in (0.5, 0.75, 1.0):
        ref["mobilenet_v2"][str(width)] = figures(torchvision.models.mobilenet_v2(width_mult=width), 224)
    for name, size, depth in (("b0", 224, 1.0), ("b1", 240, 1.1), ("b2", 260, 1.2), ("b3", 300, 1.4)):
        ref["efficientnet"][name] = figures(getattr(torchvision.models, "efficientnet_" + name)(), size)
        ref["efficientnet_depth"][str(depth)] = [int(math.ceil(n * depth)) for n in (1, 2, 2, 3, 3, 4, 1)]
    for channels in (3, 6, 8, 16, 24, 32, 40, 80, 96, 112, 144, 192, 320, 1280):
        for width in (0.25, 0.5, 0.75, 1.1, 1.2, 1.4):
            ref["make_divisible"].append([channels, width, _make_divisible(channels * width, 8)])
    for key, value in list(ref["mobilenet_v2"].items()) + list(ref["efficientnet"].items()):
        print(key, f"{value['params']:,} params, {value['macs']:,} MACs at {value['input']}")
    os.makedirs(os.path.join("src", "test", "resources", "scaling"), exist_ok=True)
    with open(os.path.join("src", "test", "resources", "scaling", "torchvision-scaling.json"), "w") as f:
        json.dump(ref, f, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
