#!/usr/bin/python3
"""Exports the grouped-convolution fixture of src/test/resources/onnx with Debian's python3-torch
and python3-onnx (no network needed):

  tiny-grouped.onnx          grouped (4 groups, stride 2; 2 groups 1x1 no bias; 4 groups dilation 2),
                             depthwise (multiplier 2, no bias) convolutions, weights inline
  tiny-grouped.ref.json      params, buffers, MACs, every node's output shape (as the other fixtures)
  tiny-grouped.forward.json  one seeded 3x8x8 image, PyTorch's pooled features and logits for it

Run from the repository root: /usr/bin/python3 scripts/export_grouped_fixture.py
(the other fixtures come from scripts/export_onnx_fixtures.py and are left as they are).
"""
import json
import os
import sys

import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_onnx_fixtures import OUT, export  # noqa: E402


class TinyGrouped(nn.Module):
    """Every kind of grouped convolution the DL4J backend maps, on a 3x8x8 image."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, padding=1)
        self.grouped = nn.Conv2d(8, 12, 3, stride=2, padding=1, groups=4)
        self.dw = nn.Conv2d(12, 24, 3, padding=1, groups=12, bias=False)
        self.pw = nn.Conv2d(24, 16, 1, groups=2, bias=False)
        self.dilated = nn.Conv2d(16, 16, 3, padding=2, dilation=2, groups=4)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(16, 10)

    def features(self, x):
        x = torch.relu(self.grouped(torch.relu(self.stem(x))))
        x = torch.relu(self.pw(torch.relu(self.dw(x))))
        return torch.flatten(self.pool(torch.relu(self.dilated(x))), 1)

    def forward(self, x):
        return self.head(self.features(x))


def main():
    torch.manual_seed(0)
    model = TinyGrouped()
    export("tiny-grouped", model, (3, 8, 8), keep_weights=True)
    image = torch.rand(1, 3, 8, 8)
    with torch.no_grad():
        forward = {"input": [round(v, 8) for v in image.flatten().tolist()],
                   "features": model.features(image).flatten().tolist(),
                   "logits": model(image).flatten().tolist()}
    with open(os.path.join(OUT, "tiny-grouped.forward.json"), "w") as out:
        json.dump(forward, out, indent=1)
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
