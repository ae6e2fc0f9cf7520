/**
 * Renderings of analysis reports: the terminal table, CSV, Markdown and JSON of one network
 * ({@code ReportFormats}) and of several side by side ({@code CompareFormats}; the Compare tab's
 * export, a column per compared entry, is {@code CompareColumns}), the formula and
 * scaling texts, and tables padded by display width (a Hangul syllable takes two columns). Reads
 * only core reports: it knows neither model files nor saved runs.
 */
package org.cnnexplorer.io.report;
