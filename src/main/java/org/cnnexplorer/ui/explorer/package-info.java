/**
 * The explorer screen: the network list, the settings bar, the layer table, totals, per-layer
 * charts and the layer editor, all views of one {@link org.cnnexplorer.ui.explorer.ExplorerViewModel}
 * that holds the (edited) network, re-analyses it on every change and keeps the undo history.
 * ViewModels here import no {@code javafx.scene} class.
 */
package org.cnnexplorer.ui.explorer;
