/**
 * The training data: MNIST and Fashion-MNIST (IDX, gzip) and CIFAR-10 (binary) readers, the data
 * directories searched for them, and the downloader that fetches and verifies the official files.
 * Imports {@code java.*} only.
 */
package org.cnnexplorer.data;
