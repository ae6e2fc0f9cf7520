package org.cnnexplorer.inside;

/** One class of the network's output with its probability (after softmax) and its name in the data set. */
public record ClassScore(int index, String name, double probability) {
}
