#!/usr/bin/python3
"""Exports src/test/resources/dl4j/geometry-reference.json: PyTorch 1.13's values and gradients of
the upsampling and transposed-convolution cases the DL4J backend trains (GeometryPyTorchTest).

Each case has a seeded input (batch 2), for a transposed convolution seeded weights and bias, the
output, a seeded upstream gradient G, and the gradients of L = sum(output * G) with respect to the
input (and weights and bias). Arrays are flat, C order; shapes are given. No network is needed.

Run from the repository root: /usr/bin/python3 scripts/export_geometry_fixture.py
"""
import json
import os

import torch
import torch.nn as nn

OUT = os.path.join("src", "test", "resources", "dl4j", "geometry-reference.json")


def flat(t):
    return [float("%.9g" % v) for v in t.detach().reshape(-1).tolist()]


def array(t):
    return {"shape": list(t.shape), "values": flat(t)}


def upsample_case(name, in_shape, mode, scale=None, size=None, align=False):
    torch.manual_seed(len(name))
    x = torch.randn(*in_shape, requires_grad=True)
    layer = nn.Upsample(scale_factor=scale, size=size, mode=mode,
                        align_corners=align if mode == "bilinear" else None)
    y = layer(x)
    g = torch.randn_like(y)
    (y * g).sum().backward()
    return {"name": name, "mode": mode, "scale": scale, "size": list(size) if size else None,
            "alignCorners": align, "input": array(x), "output": array(y), "upstream": array(g),
            "inputGrad": array(x.grad)}


def transpose_case(name, in_shape, filters, kernel, stride, padding, output_padding=0, dilation=1, groups=1,
                   bias=True):
    torch.manual_seed(len(name) + 100)
    layer = nn.ConvTranspose2d(in_shape[1], filters, kernel, stride=stride, padding=padding,
                               output_padding=output_padding, dilation=dilation, groups=groups, bias=bias)
    x = torch.randn(*in_shape, requires_grad=True)
    y = layer(x)
    g = torch.randn_like(y)
    (y * g).sum().backward()
    case = {"name": name, "filters": filters, "kernel": kernel, "stride": stride, "padding": padding,
            "outputPadding": output_padding, "dilation": dilation, "groups": groups, "bias": bias,
            "input": array(x), "weight": array(layer.weight), "output": array(y), "upstream": array(g),
            "inputGrad": array(x.grad), "weightGrad": array(layer.weight.grad)}
    if bias:
        case["biasValues"] = array(layer.bias)
        case["biasGrad"] = array(layer.bias.grad)
    return case


def main():
    upsample = [
        upsample_case("bilinear-x2", (2, 2, 3, 4), "bilinear", scale=2),
        upsample_case("bilinear-x2-aligned", (2, 2, 3, 4), "bilinear", scale=2, align=True),
        upsample_case("bilinear-3x4-to-5x7", (2, 2, 3, 4), "bilinear", size=(5, 7)),
        upsample_case("bilinear-3x4-to-5x7-aligned", (2, 2, 3, 4), "bilinear", size=(5, 7), align=True),
        upsample_case("bilinear-5x6-to-3x4", (2, 1, 5, 6), "bilinear", size=(3, 4)),
        upsample_case("bilinear-x3x2", (2, 1, 2, 3), "bilinear", scale=(3, 2)),
        upsample_case("nearest-3x4-to-5x7", (2, 2, 3, 4), "nearest", size=(5, 7)),
        upsample_case("nearest-4x6-to-6x9", (2, 1, 4, 6), "nearest", size=(6, 9)),
    ]
    transpose = [
        transpose_case("stride2-op1", (2, 2, 4, 4), 3, 3, 2, 1, output_padding=1),
        transpose_case("dilation2", (2, 2, 4, 5), 3, 3, 1, 1, dilation=2),
        transpose_case("dilation2-stride2-op1", (2, 2, 3, 3), 2, 3, 2, 2, output_padding=1, dilation=2),
        transpose_case("groups2", (2, 4, 3, 3), 6, 3, 2, 1, output_padding=1, groups=2),
        transpose_case("groups2-nobias", (2, 4, 3, 4), 2, 2, 1, 0, groups=2, bias=False),
        transpose_case("op-beyond-padding", (2, 2, 3, 3), 2, 3, 2, 0, output_padding=1),
        transpose_case("unet-2x2-s2", (2, 4, 3, 3), 2, 2, 2, 0),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"torch": torch.__version__, "upsample": upsample, "convTranspose": transpose}, f,
                  separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
