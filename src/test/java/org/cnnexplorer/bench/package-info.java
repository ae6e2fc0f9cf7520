/**
 * JMH benchmarks, run with {@code bin/bench-analysis} (not by {@code mvn test}): the full
 * re-analysis of ResNet50 and GoogLeNet that the GUI performs on every edit.
 */
package org.cnnexplorer.bench;
