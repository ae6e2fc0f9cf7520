/**
 * Adapters between the core and files: JSON model files (Jackson DTOs mapped to core specs,
 * with errors that name the file, line, column and JSON path), the built-in model catalog, and
 * the table, CSV, Markdown and JSON renderings of analysis reports.
 */
package org.cnnexplorer.io;
