#!/usr/bin/python3
"""Writes src/test/resources/lessons/detection.ref.json: torchvision's box_iou and nms on the boxes
of the detection lesson (org.cnnexplorer.lessons.detection.DetectionDemo), the reference the tests
compare the lesson's step-by-step arithmetic with. Uses Debian's python3-torch and
python3-torchvision (0.14), offline. Run from the repository root:

    /usr/bin/python3 scripts/detection_reference.py
"""
import json
import os

import torch
import torchvision

IOU_PAIR = [[2, 2, 8, 8], [4, 5, 10, 11]]
NMS_BOXES = [[10, 10, 50, 50], [12, 14, 52, 54], [60, 20, 90, 60], [6, 4, 44, 46], [62, 24, 94, 62]]
NMS_SCORES = [0.9, 0.8, 0.75, 0.6, 0.5]


def main():
    pair = torch.tensor(IOU_PAIR, dtype=torch.float64)
    boxes = torch.tensor(NMS_BOXES, dtype=torch.float64)
    scores = torch.tensor(NMS_SCORES, dtype=torch.float64)
    reference = {
        "torchvision": torchvision.__version__,
        "iouPair": torchvision.ops.box_iou(pair[:1], pair[1:]).item(),
        "nmsBoxes": NMS_BOXES,
        "nmsScores": NMS_SCORES,
        "pairwiseIou": torchvision.ops.box_iou(boxes, boxes).tolist(),
        "nmsKept": {str(t): torchvision.ops.nms(boxes, scores, t).tolist() for t in (0.3, 0.5, 0.6, 0.7, 0.72, 0.75)},
    }
    path = os.path.join("src", "test", "resources", "lessons", "detection.ref.json")
    with open(path, "w") as f:
        json.dump(reference, f, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
