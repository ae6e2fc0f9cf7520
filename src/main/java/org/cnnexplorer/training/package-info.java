/**
 * The training API the GUI and CLI program against, free of DL4J so that the explorer starts
 * without loading ND4J: settings, the events a running session emits, the session controls, and
 * the recorded history that checkpoints keep. The DL4J implementation lives in
 * {@code org.cnnexplorer.dl4j}.
 */
package org.cnnexplorer.training;
