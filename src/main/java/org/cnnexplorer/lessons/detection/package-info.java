/**
 * The arithmetic of object detection from the study notes' YOLO section, step by step: the
 * intersection over union of two boxes, greedy non-maximum suppression, and average precision from
 * a precision-recall curve. Conventions follow torchvision's {@code box_iou} and {@code nms}:
 * boxes are {@code (x1, y1, x2, y2)} corners in continuous coordinates, area
 * {@code (x2 - x1) * (y2 - y1)}, and NMS drops a box whose IoU with a kept box is greater than
 * the threshold.
 */
package org.cnnexplorer.lessons.detection;
