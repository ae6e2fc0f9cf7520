#!/usr/bin/python3
"""Reference figures for the built-ins that torchvision does not have, from PyTorch
re-implementations of the papers (Debian's python3-torch; no network needed):

  mobilenet-v1   Howard et al. 2017, Table 1: conv-bn-relu, 13 depthwise-separable blocks,
                 bias-free convs, batch norm with scale and shift, 1000-way linear layer
  xception       Chollet 2017, Fig. 5, laid out and named as timm's legacy xception
                 (separable conv = depthwise 3x3 + pointwise 1x1, both bias-free)
  alexnet-2gpu   Krizhevsky et al. 2012, Fig. 2: conv2, conv4 and conv5 with groups=2

For each network at its own input (1000 classes) and at 3x32x32 (10 classes) it prints the
parameters (sum of parameters().numel()), the batch-norm buffers (running means and variances),
the MACs from forward hooks (convolutions: out elements x in/groups x kh x kw; linear: in x out)
and, with --shapes, every module's output shape (C, H, W). A network that cannot run at an input
size says so (AlexNet at 32x32).

Run from the repository root: /usr/bin/python3 scripts/paper_networks_reference.py [--shapes]
"""
import sys

import torch
import torch.nn as nn


def conv_bn_relu(channels_in, channels_out, stride, groups=1, kernel=3):
    return [nn.Conv2d(channels_in, channels_out, kernel, stride, kernel // 2, groups=groups, bias=False),
            nn.BatchNorm2d(channels_out), nn.ReLU(inplace=True)]


class MobileNetV1(nn.Module):
    """Table 1 of the paper: (output channels, stride of the depthwise conv) per block."""
    BLOCKS = [(64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2)] + [(512, 1)] * 5 + [(1024, 2), (1024, 1)]

    def __init__(self, classes):
        super().__init__()
        layers, channels = conv_bn_relu(3, 32, 2), 32
        for out, stride in self.BLOCKS:
            layers += conv_bn_relu(channels, channels, stride, groups=channels)
            layers += conv_bn_relu(channels, out, 1, kernel=1)
            channels = out
        self.features = nn.Sequential(*layers)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(1024, classes)

    def forward(self, x):
        return self.fc(torch.flatten(self.pool(self.features(x)), 1))


class SeparableConv2d(nn.Module):
    def __init__(self, channels_in, channels_out):
        super().__init__()
        self.conv1 = nn.Conv2d(channels_in, channels_in, 3, 1, 1, groups=channels_in, bias=False)
        self.pointwise = nn.Conv2d(channels_in, channels_out, 1, bias=False)

    def forward(self, x):
        return self.pointwise(self.conv1(x))


class Block(nn.Module):
    """An Xception block: reps x (ReLU, separable conv, BN), a max-pool when strided, and the
    shortcut (a strided 1x1 conv with BN where the shape changes)."""

    def __init__(self, channels_in, channels_out, reps, stride, start_with_relu=True, grow_first=True):
        super().__init__()
        self.skip = None
        if channels_out != channels_in or stride != 1:
            self.skip = nn.Conv2d(channels_in, channels_out, 1, stride, bias=False)
            self.skipbn = nn.BatchNorm2d(channels_out)
        rep = []
        for i in range(reps):
            if grow_first:
                c_in, c_out = (channels_in if i == 0 else channels_out), channels_out
            else:
                c_in, c_out = channels_in, (channels_in if i < reps - 1 else channels_out)
            rep += [nn.ReLU(), SeparableConv2d(c_in, c_out), nn.BatchNorm2d(c_out)]
        if not start_with_relu:
            rep = rep[1:]
        if stride != 1:
            rep.append(nn.MaxPool2d(3, stride, 1))
        self.rep = nn.Sequential(*rep)

    def forward(self, x):
        shortcut = x if self.skip is None else self.skipbn(self.skip(x))
        return self.rep(x) + shortcut


class Xception(nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.conv1, self.bn1, self.act1 = nn.Conv2d(3, 32, 3, 2, bias=False), nn.BatchNorm2d(32), nn.ReLU()
        self.conv2, self.bn2, self.act2 = nn.Conv2d(32, 64, 3, bias=False), nn.BatchNorm2d(64), nn.ReLU()
        blocks = [Block(64, 128, 2, 2, start_with_relu=False), Block(128, 256, 2, 2), Block(256, 728, 2, 2)]
        blocks += [Block(728, 728, 3, 1) for _ in range(8)]
        blocks += [Block(728, 1024, 2, 2, grow_first=False)]
        for number, block in enumerate(blocks, 1):
            setattr(self, f"block{number}", block)
        self.conv3, self.bn3, self.act3 = SeparableConv2d(1024, 1536), nn.BatchNorm2d(1536), nn.ReLU()
        self.conv4, self.bn4, self.act4 = SeparableConv2d(1536, 2048), nn.BatchNorm2d(2048), nn.ReLU()
        self.global_pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(2048, classes)

    def forward(self, x):
        x = self.act2(self.bn2(self.conv2(self.act1(self.bn1(self.conv1(x))))))
        for number in range(1, 13):
            x = getattr(self, f"block{number}")(x)
        x = self.act4(self.bn4(self.conv4(self.act3(self.bn3(self.conv3(x))))))
        return self.fc(torch.flatten(self.global_pool(x), 1))


def alexnet_2gpu(classes):
    def lrn():
        return nn.LocalResponseNorm(5, alpha=1e-4, beta=0.75, k=2.0)
    return nn.Sequential(
        nn.Conv2d(3, 96, 11, 4), nn.ReLU(), lrn(), nn.MaxPool2d(3, 2),
        nn.Conv2d(96, 256, 5, padding=2, groups=2), nn.ReLU(), lrn(), nn.MaxPool2d(3, 2),
        nn.Conv2d(256, 384, 3, padding=1), nn.ReLU(),
        nn.Conv2d(384, 384, 3, padding=1, groups=2), nn.ReLU(),
        nn.Conv2d(384, 256, 3, padding=1, groups=2), nn.ReLU(), nn.MaxPool2d(3, 2), nn.Flatten(),
        nn.Linear(9216, 4096), nn.ReLU(), nn.Dropout(), nn.Linear(4096, 4096), nn.ReLU(), nn.Dropout(),
        nn.Linear(4096, classes))


NETWORKS = {"mobilenet-v1": (MobileNetV1, 224), "xception": (Xception, 299), "alexnet-2gpu": (alexnet_2gpu, 227)}


def measure(factory, side, classes):
    model = factory(classes).eval()
    macs, shapes = [0], {}

    def count(module, inputs, output):
        if isinstance(module, nn.Conv2d):
            kh, kw = module.kernel_size
            macs[0] += output.numel() * module.in_channels // module.groups * kh * kw
        elif isinstance(module, nn.Linear):
            macs[0] += module.in_features * module.out_features
        shapes.setdefault(names[module], tuple(output.shape[1:]))

    names = {module: name for name, module in model.named_modules()}
    for module in names:
        if not list(module.children()):
            module.register_forward_hook(count)
    with torch.no_grad():
        model(torch.zeros(1, 3, side, side))
    params = sum(p.numel() for p in model.parameters())
    buffers = sum(b.numel() for name, b in model.named_buffers() if not name.endswith("num_batches_tracked"))
    return params, buffers, macs[0], shapes


def main():
    for net_id, (factory, side) in NETWORKS.items():
        for size, classes in ((side, 1000), (32, 10)):
            try:
                params, buffers, macs, shapes = measure(factory, size, classes)
            except RuntimeError as e:
                print(f"{net_id} 3x{size}x{size}/{classes}: cannot run ({str(e).splitlines()[0]})")
                continue
            print(f"{net_id} 3x{size}x{size}/{classes}: {params:,} params, {buffers:,} buffers, {macs:,} MACs")
            if "--shapes" in sys.argv:
                for name, shape in shapes.items():
                    print(f"  {name:32} {'x'.join(map(str, shape))}")


if __name__ == "__main__":
    main()
