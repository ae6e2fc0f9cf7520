/**
 * Adapters between the core and files, in three rooms: {@link org.cnnexplorer.io.model} (JSON
 * model files and the built-in catalog), {@link org.cnnexplorer.io.report} (text, Markdown, CSV
 * and JSON renderings of analysis reports) and {@link org.cnnexplorer.io.run} (saved training
 * runs). This root holds what all of them and the front ends share: {@code Printable} (text from
 * a file made safe to print), {@code Numbers} (figures as people read them), {@code AtomicFile}
 * and {@code SyncedFiles} (files replaced so that a crash never leaves half of one). It depends on
 * none of its rooms.
 */
package org.cnnexplorer.io;
