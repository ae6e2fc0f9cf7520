/**
 * Export: the graph as SVG (written from our own layout) and PNG (a snapshot), the resource
 * table as CSV and Markdown (the io report formats), training curves as CSV and PNG, and the
 * edited network as a JSON model file. The text formats are pure functions, tested without the
 * toolkit; {@code ExportActions} adds the file choosers and snapshots.
 */
package org.cnnexplorer.ui.export;
