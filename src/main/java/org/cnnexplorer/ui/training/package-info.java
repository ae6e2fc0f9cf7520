/**
 * The training screen. The backend is found lazily, off the FX thread, when training starts
 * (the explorer never loads DL4J). Events arrive on the training thread, are coalesced and
 * handed to the FX thread at most ten times a second; every loss point is kept, the charts get a
 * decimated series. A saved run is shown from a {@link org.cnnexplorer.training.TrainingRun}.
 */
package org.cnnexplorer.ui.training;
