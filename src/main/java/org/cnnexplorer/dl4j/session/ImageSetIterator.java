package org.cnnexplorer.dl4j.session;

import java.util.List;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * A DL4J {@link DataSetIterator} over an image set: mini-batches in a fresh random order every
 * epoch (seed + epoch, so runs are reproducible), or in stored order when not shuffling. The last
 * batch may be smaller.
 */
final class ImageSetIterator implements DataSetIterator {

    private final ImageBatches batches;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;
    private int epoch;
    private int[] order;
    private int cursor;
    private DataSetPreProcessor preProcessor;

    ImageSetIterator(ImageBatches batches, int batchSize, boolean shuffle, long seed) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.batches = batches;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
        newOrder();
    }

    private void newOrder() {
        int count = batches.images().count();
        order = shuffle ? batches.images().shuffledOrder(seed + epoch) : ImageBatches.identity(count);
        cursor = 0;
    }

    /** Mini-batches per pass over the data. */
    int batchesPerEpoch() {
        return batches.batchCount(batchSize);
    }

    @Override
    public boolean hasNext() {
        return cursor < order.length;
    }

    @Override
    public DataSet next() {
        return next(batchSize);
    }

    @Override
    public DataSet next(int num) {
        int to = Math.min(order.length, cursor + num);
        DataSet batch = batches.batch(order, cursor, to);
        cursor = to;
        if (preProcessor != null) {
            preProcessor.preProcess(batch);
        }
        return batch;
    }

    /** Starts the next epoch, in a new order when shuffling. */
    @Override
    public void reset() {
        epoch++;
        newOrder();
    }

    @Override
    public int inputColumns() {
        return batches.featureSize();
    }

    @Override
    public int totalOutcomes() {
        return batches.images().dataset().classes();
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return true;
    }

    @Override
    public int batch() {
        return batchSize;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        this.preProcessor = preProcessor;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    @Override
    public List<String> getLabels() {
        return batches.images().dataset().classNames();
    }
}
