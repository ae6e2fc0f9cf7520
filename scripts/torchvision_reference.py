#!/usr/bin/python3
"""Writes the torchvision reference figures the built-in networks are tested against
(TorchvisionReferenceTest), with Debian's python3-torch and python3-torchvision (offline: no
weights are downloaded, the models are built with random weights).

For every model below and each setting (3x224x224 with 1000 classes, 3x32x32 with 10 classes) it
writes src/test/resources/torchvision/<id>-<C>x<H>x<W>-<classes>.json, where <id> is the
torchvision name with '-' for '_' (the built-in's id):

  {"model": torchvision function, "torchvision": version, "input": [C, H, W], "classes": N,
   "params": sum of p.numel() over model.parameters(),
   "buffers": batch-norm running means and variances (num_batches_tracked left out, as the
              project counts buffers; decision 0001),
   "macs": forward hooks on Conv2d (out elements x in/groups x kh x kw) and Linear (in x out),
           the same hooks as scripts/export_onnx_fixtures.py,
   "outputs": {module path: output shape without the batch axis} for every leaf module}

A leaf module that forward() calls more than once (ResNet's block-level `relu`) keeps the shape of
its last call, which is the block's output. A model that cannot run at a setting (AlexNet at 32x32:
its last max pool gets a 1x1 map) gets no file; the script says so.

Run from the repository root: /usr/bin/python3 scripts/torchvision_reference.py [model ...]
"""
import json
import os
import sys

import torch
import torchvision

from export_onnx_fixtures import macs_of

OUT = os.path.join("src", "test", "resources", "torchvision")
SETTINGS = (((3, 224, 224), 1000), ((3, 32, 32), 10))
MODELS = ("alexnet", "vgg16", "vgg19", "googlenet", "resnet18", "resnet34", "resnet50", "resnet101",
          "resnet152", "resnext50_32x4d", "resnext101_32x8d", "wide_resnet50_2", "densenet121",
          "mobilenet_v2", "mobilenet_v3_large", "mobilenet_v3_small", "efficientnet_b0")


def build(name, classes, **options):
    """The torchvision model with random weights (options such as width_mult passed on); GoogLeNet
    without its auxiliary heads."""
    if name == "googlenet":
        return torchvision.models.googlenet(num_classes=classes, aux_logits=False, transform_input=False,
                                            init_weights=False)
    return getattr(torchvision.models, name)(num_classes=classes, **options)


def leaf_output_shapes(model, example):
    """Output shape of every leaf module by its path; the last call wins for a reused module."""
    shapes = {}

    def hook_for(path):
        def hook(_module, _inputs, output):
            shapes[path] = list(output.shape[1:])
        return hook

    handles = [module.register_forward_hook(hook_for(path))
               for path, module in model.named_modules() if path and not list(module.children())]
    with torch.no_grad():
        model(example)
    for handle in handles:
        handle.remove()
    order = [path for path, _ in model.named_modules()]
    return {path: shapes[path] for path in order if path in shapes}


def reference(name, shape, classes, **options):
    model = build(name, classes, **options).eval()
    example = torch.zeros(1, *shape)
    buffers = sum(b.numel() for path, b in model.named_buffers() if path.endswith(("running_mean", "running_var")))
    return {"model": name, "torchvision": torchvision.__version__, "input": list(shape), "classes": classes,
            "params": sum(p.numel() for p in model.parameters()), "buffers": buffers,
            "macs": macs_of(model, example), "outputs": leaf_output_shapes(model, example)}


def write(path, ref):
    """Compact JSON with one output shape per line, so that a diff shows the layers that changed."""
    head = {key: value for key, value in ref.items() if key != "outputs"}
    lines = [json.dumps(path) + ":" + json.dumps(dims, separators=(",", ":")) for path, dims in ref["outputs"].items()]
    text = json.dumps(head, separators=(",", ":"))[:-1] + ',"outputs":{\n' + ",\n".join(lines) + "\n}}\n"
    with open(path, "w") as out:
        out.write(text)


def main(names):
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(0)
    for name in names:
        for shape, classes in SETTINGS:
            setting = "x".join(map(str, shape)) + f"-{classes}"
            path = os.path.join(OUT, f"{name.replace('_', '-')}-{setting}.json")
            try:
                ref = reference(name, shape, classes)
            except RuntimeError as error:
                print(f"{name} {setting}: cannot run in torchvision, no file ({str(error).splitlines()[0]})")
                if os.path.exists(path):
                    os.remove(path)
                continue
            write(path, ref)
            print(f"{name} {setting}: params {ref['params']:,}, buffers {ref['buffers']:,}, MACs {ref['macs']:,},"
                  f" {len(ref['outputs'])} modules")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or MODELS))
