/**
 * Saved training runs ({@code .cnnrun}): a zip of run.json (the network's model file, the
 * settings, the curves and the result), the first layer's filters and the backend's model,
 * written atomically ({@link org.cnnexplorer.io.AtomicFile}) and read back with errors that name
 * the file and the JSON path. Builds on {@link org.cnnexplorer.io.model} for the embedded network.
 */
package org.cnnexplorer.io.run;
