#!/usr/bin/python3
"""Reference figures for the cspdarknet53 built-in: timm's CSPDarknet53 (Wang et al. 2019, CSPNet)
written out layer by layer in torch.nn, because timm is not installed. It follows timm's
cspnet.py (model config 'cspdarknet53', CrossStage with DarkBlock): a 3x3 stem of 32 channels, five
cross stages of (64, 128, 256, 512, 1024) channels with (1, 2, 8, 8, 4) blocks, each stage a strided
3x3 conv_down, a 1x1 conv_exp whose output is split in two halves, the blocks on the second half,
a 1x1 conv_transition_b, the concatenation with the first half and a 1x1 conv_transition; every
conv is bias-free with batch norm and LeakyReLU (PyTorch's slope 0.01, timm's act_layer). Stage 0
expands to 2x and its blocks bottleneck to half width; stages 1-4 keep conv_exp at the stage width
and their blocks at half of it. Global average pooling and a linear classifier.

Module names are those of the model file (timm's, with the split, the concatenation and the
residual additions named xs, xb, cat and add). For 3x256x256 / 1000 classes (timm's default
input) and 3x32x32 / 10 classes it writes src/test/resources/papers/cspdarknet53[-32].ref.json:
parameters, batch-norm buffers (running means and variances), MACs (convolutions: output elements
x input channels / groups x kernel area; linear: in x out) and every layer's output shape.

Run from the repository root: /usr/bin/python3 scripts/cspdarknet53_reference.py
"""
import json
import os

import torch
import torch.nn as nn

STAGES = dict(out_chs=(64, 128, 256, 512, 1024), depth=(1, 2, 8, 8, 4), exp_ratio=(2.,) + (1.,) * 4,
              bottle_ratio=(0.5,) + (1.,) * 4, block_ratio=(1.,) + (0.5,) * 4)
TIMM_PARAMS = 27_642_184  # timm's table for cspdarknet53 (1000 classes)


class ConvBnAct(nn.Module):
    def __init__(self, c_in, c_out, kernel, stride=1):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, kernel, stride, kernel // 2, bias=False)
        self.bn = nn.BatchNorm2d(c_out)
        self.act = nn.LeakyReLU(0.01)

    def forward(self, x):
        return self.act(self.bn(self.conv(x)))


class DarkBlock(nn.Module):
    def __init__(self, c_in, c_out, bottle_ratio, record):
        super().__init__()
        mid = int(round(c_out * bottle_ratio))
        self.conv1 = ConvBnAct(c_in, mid, 1)
        self.conv2 = ConvBnAct(mid, c_out, 3)
        self.record = record

    def forward(self, x):
        return self.record(self, "add", self.conv2(self.conv1(x)) + x)


class CrossStage(nn.Module):
    def __init__(self, c_in, c_out, depth, exp_ratio, bottle_ratio, block_ratio, record):
        super().__init__()
        exp = int(round(c_out * exp_ratio))
        block_out = int(round(c_out * block_ratio))
        self.conv_down = ConvBnAct(c_in, c_out, 3, 2)  # down_growth: the strided conv outputs the stage width
        self.conv_exp = ConvBnAct(c_out, exp, 1)
        self.blocks = nn.Sequential(*[DarkBlock(exp // 2 if i == 0 else block_out, block_out, bottle_ratio, record)
                                      for i in range(depth)])
        self.conv_transition_b = ConvBnAct(block_out, exp // 2, 1)
        self.conv_transition = ConvBnAct(exp, c_out, 1)
        self.record = record

    def forward(self, x):
        x = self.conv_exp(self.conv_down(x))
        split = x.shape[1] // 2
        xs = self.record(self, "xs", x[:, :split])
        xb = self.record(self, "xb", x[:, split:])
        xb = self.conv_transition_b(self.blocks(xb))
        return self.conv_transition(self.record(self, "cat", torch.cat([xs, xb], dim=1)))


class CspDarknet53(nn.Module):
    def __init__(self, classes, record):
        super().__init__()
        self.stem = nn.Sequential()
        self.stem.add_module("conv1", ConvBnAct(3, 32, 3))
        stages, c_in = [], 32
        for i, c_out in enumerate(STAGES["out_chs"]):
            stages.append(CrossStage(c_in, c_out, STAGES["depth"][i], STAGES["exp_ratio"][i],
                                     STAGES["bottle_ratio"][i], STAGES["block_ratio"][i], record))
            c_in = c_out
        self.stages = nn.Sequential(*stages)
        self.head = nn.Module()
        self.head.global_pool = nn.AdaptiveAvgPool2d(1)
        self.head.flatten = nn.Flatten(1)
        self.head.fc = nn.Linear(1024, classes)

    def forward(self, x):
        x = self.head.global_pool(self.stages(self.stem(x)))
        return self.head.fc(self.head.flatten(x))


def reference(channels, size, classes):
    outputs, macs, names = {}, [0], {}

    def record(module, local, value):
        outputs[names[module] + "." + local] = list(value.shape[1:])
        return value

    net = CspDarknet53(classes, record).eval()
    names.update({m: n for n, m in net.named_modules()})

    def hook(module, args, out):
        outputs[names[module]] = list(out.shape[1:])
        if isinstance(module, nn.Conv2d):
            macs[0] += out.numel() * module.in_channels // module.groups * module.kernel_size[0] * module.kernel_size[1]
        elif isinstance(module, nn.Linear):
            macs[0] += module.in_features * module.out_features

    for module in net.modules():
        if len(list(module.children())) == 0:
            module.register_forward_hook(hook)
    with torch.no_grad():
        net(torch.zeros(1, channels, size, size))
    params = sum(p.numel() for p in net.parameters())
    buffers = sum(b.numel() for n, b in net.named_buffers() if n.endswith(("running_mean", "running_var")))
    return {"params": params, "buffers": buffers, "macs": macs[0], "input": [channels, size, size],
            "outputs": outputs}


def main():
    folder = os.path.join("src", "test", "resources", "papers")
    for suffix, channels, size, classes in (("", 3, 256, 1000), ("-32", 3, 32, 10)):
        ref = reference(channels, size, classes)
        print(f"cspdarknet53 {channels}x{size}x{size}, {classes} classes: {ref['params']:,} params "
              f"(timm: {TIMM_PARAMS:,}), {ref['buffers']:,} buffers, {ref['macs']:,} MACs, "
              f"{len(ref['outputs'])} layers")
        with open(os.path.join(folder, f"cspdarknet53{suffix}.ref.json"), "w") as f:
            json.dump(ref, f, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
