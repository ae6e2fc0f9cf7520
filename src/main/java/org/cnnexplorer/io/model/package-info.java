/**
 * JSON model files: Jackson DTOs mapped to core specs ({@code LayerDecoder} reads a layer,
 * {@code LayerEncoder} writes one, {@code JsonFields} reads every field checked), with errors that
 * name the file, line, column and JSON path ({@code ModelFileException}); a file's per-layer
 * {@code overrides}; Keras files, and other formats (ONNX) found through {@code ModelFormat}; and
 * the built-in catalog ({@code ModelCatalog}, one {@code models/*.json} each). Saved runs
 * ({@link org.cnnexplorer.io.run}) embed a model file and read their JSON with the same
 * {@code JsonFields}.
 */
package org.cnnexplorer.io.model;
