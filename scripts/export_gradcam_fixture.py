#!/usr/bin/python3
"""Writes src/test/resources/gradcam/tiny-gradcam.ref.json with Debian's python3-torch (no network
needed): the seeded weights of the network of tiny-gradcam.json (batch norm with non-trivial running
statistics, evaluated in eval mode), one seeded 3x8x8 image, its logits, and for class 2 (and the
predicted class) the gradients PyTorch's autograd gives:

  gradient              dy/dA for relu3's output A (6x4x4), y the class logit
  inputGradient         dy/dx for the input image (3x8x8)
  gradcam.<k>.cam       ReLU(sum_k mean(dy/dA_k) A_k) on relu3's 4x4 map (A = relu3's output)
  gradcam.<k>.map       the same enlarged to 8x8 with F.interpolate(bilinear, align_corners=False)
  saliency.<k>          max over channels of |dy/dx| on the 8x8 input
  earlier.<k>           the same Grad-CAM on an earlier layer, bn1 (4x8x8, before ReLU, max pooling and
                        both branches of the residual pair): its layer name, gradient, cam and map

Run from the repository root: /usr/bin/python3 scripts/export_gradcam_fixture.py
"""
import json
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

OUT = os.path.join("src", "test", "resources", "gradcam", "tiny-gradcam.ref.json")


class TinyGradCam(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(4)
        self.conv2 = nn.Conv2d(4, 6, 3, padding=1)
        self.short = nn.Conv2d(4, 6, 1)
        self.fc1 = nn.Linear(6 * 4 * 4, 16)
        self.drop = nn.Dropout(0.5)
        self.fc2 = nn.Linear(16, 5)

    def features(self, x):
        return self.residual(self.normalised(x))

    def normalised(self, x):
        return self.bn1(self.conv1(x))

    def residual(self, normalised):
        pool = F.max_pool2d(torch.relu(normalised), 2)
        return torch.relu(torch.relu(self.conv2(pool)) + self.short(pool))

    def head(self, a):
        return self.fc2(self.drop(torch.relu(self.fc1(torch.flatten(a, 1)))))


def rounded(tensor):
    return [round(v, 8) for v in tensor.detach().flatten().tolist()]


def grad_cam(a):
    weights = a.grad.mean(dim=(2, 3), keepdim=True)
    cam = torch.relu((weights * a).sum(dim=1, keepdim=True))
    return cam, F.interpolate(cam, size=(8, 8), mode="bilinear", align_corners=False)


def evidence(model, image, k):
    x = image.clone().requires_grad_(True)
    normalised = model.normalised(x)
    normalised.retain_grad()
    a = model.residual(normalised)
    a.retain_grad()
    model.head(a)[0, k].backward()
    cam, enlarged = grad_cam(a)
    earlier_cam, earlier_map = grad_cam(normalised)
    saliency = x.grad.abs().amax(dim=1)
    return {"gradient": rounded(a.grad), "cam": rounded(cam), "map": rounded(enlarged),
            "inputGradient": rounded(x.grad), "saliency": rounded(saliency),
            "earlier": {"layer": "bn1", "gradient": rounded(normalised.grad), "cam": rounded(earlier_cam),
                        "map": rounded(earlier_map)}}


def main():
    torch.manual_seed(3)
    model = TinyGradCam()
    with torch.no_grad():
        model.bn1.weight.uniform_(0.5, 1.5)
        model.bn1.bias.uniform_(-0.2, 0.2)
        model.bn1.running_mean.uniform_(-0.3, 0.3)
        model.bn1.running_var.uniform_(0.5, 2.0)
    model.eval()
    image = torch.rand(1, 3, 8, 8) * 2 - 1
    with torch.no_grad():
        logits = model.head(model.features(image))
    predicted = int(logits.argmax())
    tensors = {name: rounded(value) for name, value in model.state_dict().items()
               if not name.endswith("num_batches_tracked")}
    reference = {"input": rounded(image), "logits": rounded(logits), "predicted": predicted,
                 "weights": tensors,
                 "classes": {str(k): evidence(model, image, k) for k in sorted({2, predicted})}}
    with open(OUT, "w") as out:
        json.dump(reference, out, indent=1)
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
