#!/usr/bin/python3
"""The PyTorch side of bin/bench-train for the torchvision networks the shared reference script does
not cover (MobileNet v2, GoogLeNet, ...): the same steps as its ResNet50/VGG16 branch (Adam 1e-3,
random 3x32x32 images, 10 classes, 3 warm-up steps, 2 threads), printing one JSON line with
images_per_s. Debian's python3-torch and python3-torchvision, offline:

    /usr/bin/python3 scripts/bench_reference.py mobilenet_v2 --batch 32 --iters 10
"""
import argparse
import json
import time

import torch
import torch.nn.functional as F
import torchvision


def network(name):
    if name == "googlenet":  # as the built-in: no auxiliary heads, no input transform
        return torchvision.models.googlenet(num_classes=10, aux_logits=False, transform_input=False,
                                            init_weights=False)
    return getattr(torchvision.models, name)(num_classes=10)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--iters", type=int, default=10)
    p.add_argument("--threads", type=int, default=2)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
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
