/**
 * The training data. {@link org.cnnexplorer.data.Datasets#load} finds a split of MNIST,
 * Fashion-MNIST (IDX, gzip or plain) or CIFAR-10 (binary batches) along the
 * {@link org.cnnexplorer.data.DataDirectories} search path and reads it into an
 * {@link org.cnnexplorer.data.ImageSet} (one byte array, CHW per image). Every file is read to its
 * end, so a gzip trailer's CRC-32 and length are always checked. Damaged or missing data is a
 * {@link org.cnnexplorer.data.DataException} whose message names the file and the fault, and for a
 * damaged file how to get it again.
 * {@link org.cnnexplorer.data.DatasetDownloader} fetches the official files, resumably and
 * MD5-checked, behind an {@link org.cnnexplorer.data.HttpTransport}. Imports {@code java.*} only.
 */
package org.cnnexplorer.data;
