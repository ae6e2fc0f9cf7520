#!/usr/bin/python3
"""The PyTorch side of bin/bench-train. A torchvision network (resnet50, vgg16, mobilenet_v2,
googlenet, ...): Adam 1e-3, random 3x32x32 images, 10 classes, 3 warm-up steps, 2 threads, the
same steps as the shared reference script's ResNet50/VGG16 branch. lenet5: the built-in LeNet-5
on Fashion-MNIST (Debian's dataset-fashion-mnist), as that script's LeNet-5 branch. Prints one
JSON line with images_per_s (and test_accuracy with --epochs). With --inference: one image's
forward pass instead (eval mode, no gradients, 1000 classes, a random 3x224x224 image, --warmup
passes untimed, then --runs timed), printing the median, fastest and slowest milliseconds, as
`cnnx bench-infer` does. Debian's python3-torch and python3-torchvision, offline:

    /usr/bin/python3 scripts/bench_reference.py mobilenet_v2 --batch 32 --iters 10
    /usr/bin/python3 scripts/bench_reference.py resnet50 --inference --runs 10
    /usr/bin/python3 scripts/bench_reference.py lenet5 --epochs 1
"""
import argparse
import gzip
import json
import os
import statistics
import struct
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision


def idx(path):
    """An IDX file (MNIST's format, gzipped): images as N x 1 x rows x cols bytes, or labels."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, n = struct.unpack(">II", data[:8])
    if magic == 2051:
        rows, cols = struct.unpack(">II", data[8:16])
        return np.frombuffer(data, np.uint8, offset=16).reshape(n, 1, rows, cols)
    return np.frombuffer(data, np.uint8, offset=8)


class LeNet5(nn.Module):
    """The built-in lenet5: 1x28x28, conv1 padding 2, tanh, average pooling; 61,706 parameters."""

    def __init__(self, classes=10):
        super().__init__()
        self.c1 = nn.Conv2d(1, 6, 5, padding=2)
        self.c3 = nn.Conv2d(6, 16, 5)
        self.c5 = nn.Conv2d(16, 120, 5)
        self.f6 = nn.Linear(120, 84)
        self.out = nn.Linear(84, classes)

    def forward(self, x):
        x = F.avg_pool2d(torch.tanh(self.c1(x)), 2)
        x = F.avg_pool2d(torch.tanh(self.c3(x)), 2)
        x = torch.tanh(self.c5(x)).flatten(1)
        return self.out(torch.tanh(self.f6(x)))


def lenet5(a):
    """LeNet-5 on Fashion-MNIST (Adam 1e-3, batch 64, 10 warm-up steps): --iters steps, or --epochs
    whole epochs followed by the test accuracy."""
    batch = a.batch or 64
    xs = torch.tensor(idx(os.path.join(a.data, "train-images-idx3-ubyte.gz")), dtype=torch.float32) / 255.0
    ys = torch.tensor(idx(os.path.join(a.data, "train-labels-idx1-ubyte.gz")), dtype=torch.long)
    net = LeNet5()
    opt = torch.optim.Adam(net.parameters(), 1e-3)

    def step(i):
        j = (i * batch) % (len(xs) - batch)
        opt.zero_grad()
        F.cross_entropy(net(xs[j:j + batch]), ys[j:j + batch]).backward()
        opt.step()

    for i in range(10):
        step(i)
    steps = a.epochs * (len(xs) // batch) if a.epochs else a.iters or 200
    t = time.perf_counter()
    for i in range(steps):
        step(i)
    dt = time.perf_counter() - t
    result = {"model": "lenet5", "torch": torch.__version__, "threads": a.threads, "batch": batch,
              "iterations": steps, "seconds": round(dt, 3), "images_per_s": round(steps * batch / dt, 1)}
    if a.epochs:
        tx = torch.tensor(idx(os.path.join(a.data, "t10k-images-idx3-ubyte.gz")), dtype=torch.float32) / 255.0
        ty = torch.tensor(idx(os.path.join(a.data, "t10k-labels-idx1-ubyte.gz")), dtype=torch.long)
        with torch.no_grad():
            result["test_accuracy"] = round((net(tx).argmax(1) == ty).float().mean().item(), 4)
    print(json.dumps(result))


def network(name, classes=10):
    if name == "googlenet":  # as the built-in: no auxiliary heads, no input transform
        return torchvision.models.googlenet(num_classes=classes, aux_logits=False, transform_input=False,
                                            init_weights=False)
    return getattr(torchvision.models, name)(num_classes=classes)


def inference(a):
    """One image through the network in eval mode: the median of --runs timed passes."""
    net = network(a.model, 1000).eval()
    x = torch.rand(1, 3, a.size, a.size)
    with torch.inference_mode():
        for _ in range(a.warmup):
            net(x)
        millis = []
        for _ in range(a.runs):
            t = time.perf_counter()
            net(x)
            millis.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"model": a.model, "torch": torch.__version__, "threads": a.threads,
                      "input": f"3x{a.size}x{a.size}", "runs": a.runs,
                      "median_ms": round(statistics.median(millis), 2), "fastest_ms": round(min(millis), 2),
                      "slowest_ms": round(max(millis), 2)}))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("--batch", type=int, help="images per step (64 lenet5 / 32 others)")
    p.add_argument("--iters", type=int, help="timed steps (200 lenet5 / 10 others)")
    p.add_argument("--epochs", type=int, help="lenet5 only: whole epochs and the test accuracy instead")
    p.add_argument("--data", default="/usr/share/datasets/fashion-mnist", help="Fashion-MNIST IDX .gz folder")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--inference", action="store_true", help="time one image's forward pass instead")
    p.add_argument("--size", type=int, default=224, help="image height and width for --inference")
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--runs", type=int, default=10)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    if a.inference:
        inference(a)
        return
    if a.model == "lenet5":
        lenet5(a)
        return
    a.batch = a.batch or 32
    a.iters = a.iters or 10
    net = network(a.model)
    opt = torch.optim.Adam(net.parameters(), 1e-3)
    x = torch.rand(a.batch, 3, 32, 32)
    y = torch.arange(a.batch) % 10

    def step():
        opt.zero_grad()
        F.cross_entropy(net(x), y).backward()
        opt.step()

    for _ in range(3):
        step()
    t = time.perf_counter()
    for _ in range(a.iters):
        step()
    dt = time.perf_counter() - t
    print(json.dumps({"model": a.model, "torch": torch.__version__, "threads": a.threads, "batch": a.batch,
                      "iterations": a.iters, "seconds": round(dt, 3),
                      "images_per_s": round(a.iters * a.batch / dt, 1)}))


if __name__ == "__main__":
    main()
