/**
 * The classic lessons of the study notes as small, editable comparisons built on the core: one
 * large kernel against stacked 3x3 kernels, the 1x1 bottleneck, the inception module with and
 * without reductions, where memory goes against where weights go, a deep plain stack against the
 * same depth with identity skips (whose training the GUI and the CLI run), and (in {@code detection}) the
 * arithmetic of detection: IoU, non-maximum suppression and average precision. Every figure a
 * lesson states comes from {@link org.cnnexplorer.core.NetworkAnalyzer}, not from a second formula.
 * Pure Java: uses only the core.
 */
package org.cnnexplorer.lessons;
