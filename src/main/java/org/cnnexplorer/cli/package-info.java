/** The {@code cnnx} command line: models, summary, compare, train, bench-train, download. */
package org.cnnexplorer.cli;
