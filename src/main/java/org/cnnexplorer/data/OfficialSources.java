package org.cnnexplorer.data;

import java.util.List;

/**
 * Where the data sets are published, with their official MD5s. MNIST: the PyTorch mirror, then the
 * original yann.lecun.com address (kept as a fallback; it has refused downloads for years). Fashion-MNIST:
 * Zalando's S3 site, then the GitHub repository. CIFAR-10: the binary archive from Toronto.
 */
public final class OfficialSources {

    static final List<String> MNIST = List.of("https://ossci-datasets.s3.amazonaws.com/mnist/",
            "http://yann.lecun.com/exdb/mnist/");
    static final List<String> FASHION_MNIST = List.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
            "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/");
    static final List<String> CIFAR10 = List.of("https://www.cs.toronto.edu/~kriz/");

    private OfficialSources() {
    }

    /** The files to fetch for {@code dataset}. */
    public static List<RemoteFile> files(DatasetId dataset) {
        return switch (dataset) {
            case MNIST -> idx(MNIST, "f68b3c2dcbeaaa9fbdd348bbdeb94873", "d53e105ee54ea40749a09fcbcd1e9432",
                    "9fb629c4189551a2d022fa330f9573f3", "ec29112dd5afa0611ce80d1b7f02629c");
            case FASHION_MNIST -> idx(FASHION_MNIST, "8d4fb7e6c68d591d4c3dfef9ec88bf0d",
                    "25c81989df183df01b3e8a0aad5dffbe", "bef4ecab320f06d8554ea6380940ec79",
                    "bb300cfdad3c16e7a12a480ee83cd310");
            case CIFAR10 -> List.of(RemoteFile.under(CIFAR10, "cifar-10-binary.tar.gz",
                    "c32a1d4ab5d03f1284b67883e8d87530"));
        };
    }

    /** Train images, train labels, test images, test labels. */
    private static List<RemoteFile> idx(List<String> bases, String... md5s) {
        List<String> names = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");
        return List.of(RemoteFile.under(bases, names.get(0), md5s[0]), RemoteFile.under(bases, names.get(1), md5s[1]),
                RemoteFile.under(bases, names.get(2), md5s[2]), RemoteFile.under(bases, names.get(3), md5s[3]));
    }
}
