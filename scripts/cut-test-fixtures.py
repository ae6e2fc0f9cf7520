#!/usr/bin/env python3
"""Cuts the small test fixtures in src/test/resources/datasets from the full data sets.

    scripts/cut-test-fixtures.py [SOURCE_DIR]      # default: ../shared/datasets

SOURCE_DIR holds mnist/ (the four official IDX .gz files) and cifar-10-batches-bin/ (data_batch_1.bin,
test_batch.bin, batches.meta.txt). The fixtures keep the official layouts and file names:

- mnist/: the first 1,000 train and 200 test images and labels, the header counts rewritten, gzip level 9
  with no file name and a zero timestamp, so the output is the same byte for byte on every run;
- cifar-10-batches-bin/: the first 300 records of data_batch_1.bin, the first 100 of test_batch.bin (records are
  copied unchanged; CIFAR counts records from the file size), and batches.meta.txt as is.
"""
import gzip
import pathlib
import shutil
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "test" / "resources" / "datasets"
MNIST_COUNTS = {"train": 1000, "t10k": 200}
CIFAR_COUNTS = {"data_batch_1.bin": 300, "test_batch.bin": 100}
CIFAR_RECORD = 1 + 3 * 32 * 32


def cut_idx(source: pathlib.Path, target: pathlib.Path, count: int) -> None:
    data = gzip.decompress(source.read_bytes())
    magic, total = struct.unpack(">II", data[:8])
    dims = 3 if magic == 0x803 else 1
    header = 4 * (1 + dims)
    item = 1
    for size in struct.unpack(">" + "I" * (dims - 1), data[8:header]):
        item *= size
    if count > total:
        sys.exit(f"{source}: has {total} items, fewer than the {count} asked for")
    body = data[header:header + count * item]
    out = struct.pack(">II", magic, count) + data[8:header] + body
    target.write_bytes(gzip.compress(out, compresslevel=9, mtime=0))


def cut_cifar(source: pathlib.Path, target: pathlib.Path, count: int) -> None:
    with source.open("rb") as f:
        data = f.read(count * CIFAR_RECORD)
    if len(data) < count * CIFAR_RECORD:
        sys.exit(f"{source}: has fewer than {count} records")
    target.write_bytes(data)


def main() -> None:
    source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "datasets")
    (TARGET / "mnist").mkdir(parents=True, exist_ok=True)
    (TARGET / "cifar-10-batches-bin").mkdir(parents=True, exist_ok=True)
    for prefix, count in MNIST_COUNTS.items():
        for kind in ("images-idx3", "labels-idx1"):
            name = f"{prefix}-{kind}-ubyte.gz"
            cut_idx(source / "mnist" / name, TARGET / "mnist" / name, count)
    for name, count in CIFAR_COUNTS.items():
        cut_cifar(source / "cifar-10-batches-bin" / name, TARGET / "cifar-10-batches-bin" / name, count)
    shutil.copyfile(source / "cifar-10-batches-bin" / "batches.meta.txt",
                    TARGET / "cifar-10-batches-bin" / "batches.meta.txt")
    for file in sorted(TARGET.rglob("*")):
        if file.is_file() and file.name != "README.md":
            print(f"{file.stat().st_size:>9}  {file.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
