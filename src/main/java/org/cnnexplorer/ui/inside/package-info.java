/**
 * The Inside tab: one image through every layer of the explored network. {@link
 * org.cnnexplorer.ui.inside.InsideViewModel} chooses the image and runs the forward pass on a
 * background thread (a newer choice cancels a stale pass); {@link org.cnnexplorer.ui.inside.InsideView}
 * shows every layer's channels, one channel large with its receptive field on the input, the arithmetic
 * of a selected value and the top-5 classes.
 */
package org.cnnexplorer.ui.inside;
