#!/usr/bin/python3
"""Per-layer reference figures of scaled networks (torchvision 0.14, offline, random weights), which
the built-ins must reproduce with compound scaling (decision 0012): EfficientNet-B1 and B2 from the
efficientnet-b0 built-in (B1 = width 1.0, depth 1.1 at 240x240, B2 = width 1.1, depth 1.2 at
260x260), and MobileNet v2 at width_mult 0.5, 0.75 and 1.4 from the mobilenet-v2 built-in, 1000 classes.

Writes src/test/resources/scaling/efficientnet-<b1|b2>-3x<S>x<S>-1000.json and
mobilenet-v2-w<width>-3x224x224-1000.json in the format of
scripts/torchvision_reference.py (params, buffers, MACs, every leaf module's output shape) plus
"layers": {module path: [params, MACs]} for every Conv2d and Linear (MACs: output elements x
in/groups x kh x kw; Linear in x out), so that EfficientNetScalingReferenceTest compares each
weight layer, not only the totals (EfficientNetScalingReferenceTest, MobileNetV2WidthReferenceTest).

Run from the repository root: /usr/bin/python3 scripts/efficientnet_scaling_reference.py
"""
import json
import os
import sys

import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torchvision_reference import reference  # noqa: E402

OUT = os.path.join("src", "test", "resources", "scaling")
# (torchvision function, image size, options, file name)
VARIANTS = (("efficientnet_b1", 240, {}, "efficientnet-b1-3x240x240-1000.json"),
            ("efficientnet_b2", 260, {}, "efficientnet-b2-3x260x260-1000.json"),
            ("mobilenet_v2", 224, {"width_mult": 0.5}, "mobilenet-v2-w0.5-3x224x224-1000.json"),
            ("mobilenet_v2", 224, {"width_mult": 0.75}, "mobilenet-v2-w0.75-3x224x224-1000.json"),
            ("mobilenet_v2", 224, {"width_mult": 1.4}, "mobilenet-v2-w1.4-3x224x224-1000.json"))


def layer_figures(name, size, options):
    """[params, MACs] of every Conv2d and Linear by module path."""
    import torchvision
    model = getattr(torchvision.models, name)(num_classes=1000, **options).eval()
    figures = {}

    def hook_for(path):
        def hook(module, _inputs, output):
            if isinstance(module, nn.Conv2d):
                kh, kw = module.kernel_size
                macs = output.numel() // output.shape[0] * (module.in_channels // module.groups) * kh * kw
            else:
                macs = module.in_features * module.out_features
            figures[path] = [sum(p.numel() for p in module.parameters()), macs]
        return hook

    for path, module in model.named_modules():
        if isinstance(module, (nn.Conv2d, nn.Linear)):
            module.register_forward_hook(hook_for(path))
    with torch.no_grad():
        model(torch.zeros(1, 3, size, size))
    return figures


def main():
    torch.manual_seed(0)
    os.makedirs(OUT, exist_ok=True)
    for name, size, options, file in VARIANTS:
        ref = reference(name, (3, size, size), 1000, **options)
        if options:
            ref["options"] = options
        ref["layers"] = layer_figures(name, size, options)
        path = os.path.join(OUT, file)
        head = {key: value for key, value in ref.items() if key not in ("outputs", "layers")}
        outputs = [json.dumps(p) + ":" + json.dumps(d, separators=(",", ":")) for p, d in ref["outputs"].items()]
        layers = [json.dumps(p) + ":" + json.dumps(d, separators=(",", ":")) for p, d in ref["layers"].items()]
        with open(path, "w") as out:
            out.write(json.dumps(head, separators=(",", ":"))[:-1] + ',"outputs":{\n' + ",\n".join(outputs)
                      + '\n},"layers":{\n' + ",\n".join(layers) + "\n}}\n")
        print(f"{name} {options} at {size}: params {ref['params']:,}, buffers {ref['buffers']:,}, MACs {ref['macs']:,}, "
              f"{len(ref['outputs'])} modules, {len(ref['layers'])} weight layers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
