#!/usr/bin/python3
"""Reference gradient norms for the plain-vs-residual lesson (PlainVsResidualGradientsTest).

Builds the lesson's two networks at a small size (2 blocks of 2 channels: conv1, max pool 2,
blocks of sigmoid-conv3x3-sigmoid-conv3x3 with or without the identity skip, global average
pool, fc to 10 classes) with PyTorch's default initialisation (seed 0), runs one batch of
two fixed 28x28 images through the mean cross-entropy loss and writes the weights, the images, the
labels and the L2 norm of each weight layer's gradient to
src/test/resources/lessons/plainres-gradients.ref.json. Run with Debian's /usr/bin/python3
(PyTorch 1.13), offline, in a second.
"""
import json
import math

import torch
import torch.nn as nn

BLOCKS, CHANNELS = 2, 2


class Net(nn.Module):
    def __init__(self, residual):
        super().__init__()
        self.residual = residual
        self.conv1 = nn.Conv2d(1, CHANNELS, 3, padding=1)
        self.convs = nn.ModuleList(nn.Conv2d(CHANNELS, CHANNELS, 3, padding=1) for _ in range(2 * BLOCKS))
        self.fc = nn.Linear(CHANNELS, 10)

    def names(self):
        yield "conv1", self.conv1
        for b in range(BLOCKS):
            yield f"block{b + 1}_conv1", self.convs[2 * b]
            yield f"block{b + 1}_conv2", self.convs[2 * b + 1]
        yield "fc", self.fc

    def forward(self, x):
        x = nn.functional.max_pool2d(self.conv1(x), 2)
        for b in range(BLOCKS):
            y = self.convs[2 * b + 1](torch.sigmoid(self.convs[2 * b](torch.sigmoid(x))))
            x = x + y if self.residual else y
        return self.fc(x.mean((2, 3)))


def main():
    images = torch.tensor([[math.sin(0.37 * i + n) for i in range(784)] for n in range(2)]).reshape(2, 1, 28, 28)
    labels = torch.tensor([3, 7])
    out = {"images": [round(v, 6) for v in images.flatten().tolist()], "labels": labels.tolist()}
    for residual in (False, True):
        torch.manual_seed(0)
        net = Net(residual)
        loss = nn.functional.cross_entropy(net(images), labels)
        loss.backward()
        key = "residual" if residual else "plain"
        out[key] = {
            "loss": loss.item(),
            "weights": {f"{name}.{role}": p.detach().flatten().tolist()
                        for name, m in net.names() for role, p in (("weight", m.weight), ("bias", m.bias))},
            "norms": {name: m.weight.grad.norm().item() for name, m in net.names()},
        }
    with open("src/test/resources/lessons/plainres-gradients.ref.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
