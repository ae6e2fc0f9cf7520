package org.cnnexplorer.core;

import java.util.List;

/**
 * The receptive field of one output value in input pixels, per axis: its {@code size} and its
 * {@code jump} (the distance in input pixels between neighbouring outputs, the effective stride).
 * Through a layer with kernel k, stride s and dilation d: size' = size + (k - 1) * d * jump,
 * jump' = jump * s. Transposed convolutions and upsampling spread the input's cells over more
 * positions instead ({@link #transposed}, {@link #upsampled}).
 *
 * <p>An adaptive pool that enlarges its input ({@code a} cells to {@code b > a} outputs, e.g.
 * VGG16's 7x7 pool after a 1x1 map) copies cells: its outputs are a {@link Stretch} of {@code a}
 * distinct cells, {@code jump} apart, over {@code b} positions. A later window of {@code m}
 * positions then sees only the distinct cells under it, so a flatten of the 7x7 copies of one
 * cell adds nothing (212 for VGG16 at 32x32, not 404). Sizes and jumps past {@code 2^31 - 1}
 * are a problem on the layer, never a saturated or wrapped number.
 */
public record ReceptiveField(int sizeHeight, int sizeWidth, int jumpHeight, int jumpWidth, Stretch stretchHeight,
                             Stretch stretchWidth) {

    /** The input itself: one pixel, jump 1. */
    public static final ReceptiveField PIXEL = new ReceptiveField(1, 1, 1, 1);

    public ReceptiveField {
        if (stretchHeight == null || stretchWidth == null) {
            throw new IllegalArgumentException("use Stretch.NONE for an unstretched axis");
        }
    }

    /** A field without copies along either axis. */
    public ReceptiveField(int sizeHeight, int sizeWidth, int jumpHeight, int jumpWidth) {
        this(sizeHeight, sizeWidth, jumpHeight, jumpWidth, Stretch.NONE, Stretch.NONE);
    }

    /**
     * {@code cells} distinct input cells spread over {@code positions} output positions by an
     * adaptive pool (PyTorch: position i sees cells {@code floor(i a / b)} to
     * {@code ceil((i + 1) a / b) - 1}), each cell with a field of {@code base} pixels; each value
     * of the layer covers {@code span} consecutive positions (more than 1 after stride-1 windows
     * over the stretch, such as a 3x3 convolution after an upsampling). {@link #NONE} is one cell
     * per position.
     */
    public record Stretch(int cells, int positions, int base, int span) {

        public static final Stretch NONE = new Stretch(1, 1, 1);

        /** A stretch whose values each cover one position. */
        public Stretch(int cells, int positions, int base) {
            this(cells, positions, base, 1);
        }

        /** A stretch whose cells are single pixels. */
        public Stretch(int cells, int positions) {
            this(cells, positions, 1);
        }

        boolean isNone() {
            return cells == positions;
        }

        /**
         * The most distinct cells under {@code m} consecutive positions starting at some
         * {@code i <= b - m}: {@code max ceil((rho_i + m a) / b)} with {@code rho_i = i a mod b}.
         * The bound {@code f} from {@code rho <= min(b - gcd(a, b), (b - m) a)} is reached exactly
         * when some {@code i <= b - m} has {@code rho_i >= b (f - 1) - m a + 1}, found by a
         * Euclid-like search in O(log b) steps, so nothing loops over a size the user typed. A
         * window wider than the grid reaches {@code m - b} padding positions.
         */
        long distinct(long window) {
            if (isNone()) {
                return window;
            }
            long m = window + span - 1;
            long a = cells;
            long b = positions;
            if (m >= b) {
                return a + (m - b);
            }
            long last = b - m;
            long bound = (Math.min(b - gcd(a, b), last * a) + m * a + b - 1) / b;
            long needed = b * (bound - 1) - m * a + 1;
            if (needed <= 0) {
                return bound;
            }
            long first = firstInRange(a % b, b, needed, b - 1);
            return first >= 0 && first <= last ? bound : bound - 1;
        }

        private static long gcd(long a, long b) {
            return b == 0 ? a : gcd(b, a % b);
        }

        /** The least {@code x >= 0} with {@code low <= a x mod m <= high} ({@code 0 <= low <= high < m}), or -1. */
        private static long firstInRange(long a, long m, long low, long high) {
            if (low == 0) {
                return 0;
            }
            a %= m;
            if (a == 0) {
                return -1;
            }
            long k = (low + a - 1) / a;
            if (a * k <= high) {
                return k;
            }
            long y = firstInRange(a - m % a, a, low % a, high % a);
            return y < 0 ? -1 : (low + m * y + a - 1) / a;
        }
    }

    /** The field after a window of the given kernel, stride and dilation. */
    public ReceptiveField through(Size2d kernel, Size2d stride, Size2d dilation) {
        Axis height = new Axis(sizeHeight, jumpHeight, stretchHeight)
                .through(kernel.height(), stride.height(), dilation.height());
        Axis width = new Axis(sizeWidth, jumpWidth, stretchWidth)
                .through(kernel.width(), stride.width(), dilation.width());
        return of(height, width);
    }

    /** The field after an adaptive average pool from {@code in} to {@code out} positions per axis. */
    ReceptiveField adaptive(Size2d in, Size2d out) {
        Axis height = new Axis(sizeHeight, jumpHeight, stretchHeight).adaptive(in.height(), out.height());
        Axis width = new Axis(sizeWidth, jumpWidth, stretchWidth).adaptive(in.width(), out.width());
        return of(height, width);
    }

    /**
     * The field after a transposed convolution from {@code in} to {@code out} positions per axis.
     * Without dilation and with {@code k >= s}, output {@code o} sees the cells {@code i} with
     * {@code o + p - k < i s <= o + p}: exactly what a stride-1 window of {@code k - s + 1} sees
     * over the input's cells copied {@code s} times each, so the layer is that copy (a
     * {@link Stretch}, exact for every later window) and that window; a 2x2 stride-2
     * up-convolution sees one cell. Otherwise an output sees at most {@code ceil(k g / s)} cells,
     * {@code d / g} apart ({@code g = gcd(d, s)}: the taps {@code o + p - j d} divisible by
     * {@code s}), and neighbouring outputs are {@code jump / s} pixels apart; where that is no
     * whole number, the outputs count as copies of their fields, an upper bound.
     */
    ReceptiveField transposed(Size2d kernel, Size2d stride, Size2d dilation, Size2d in, Size2d out) {
        Axis height = new Axis(sizeHeight, jumpHeight, stretchHeight)
                .transposed(kernel.height(), stride.height(), dilation.height(), in.height(), out.height());
        Axis width = new Axis(sizeWidth, jumpWidth, stretchWidth)
                .transposed(kernel.width(), stride.width(), dilation.width(), in.width(), out.width());
        return of(height, width);
    }

    /**
     * The field after upsampling from {@code in} to {@code out} positions per axis: nearest copies
     * cells as an enlarging adaptive pool does (exact for whole factors); bilinear reads two
     * neighbouring cells first.
     */
    ReceptiveField upsampled(boolean bilinear, Size2d in, Size2d out) {
        ReceptiveField seen = bilinear ? through(new Size2d(2, 2), Size2d.ONE, Size2d.ONE) : this;
        return seen.adaptive(in, out);
    }

    /**
     * The wider of two fields, as where branches meet (concat, add). Where their copies differ (U-Net
     * concatenates an upsampled decoder map, a stretch of copied cells, with a cropped encoder map),
     * both are first {@link #aligned}: whole copies are read as a finer grid.
     */
    public ReceptiveField union(ReceptiveField other) {
        List<ReceptiveField> both = aligned(List.of(this, other));
        ReceptiveField a = both.get(0);
        ReceptiveField b = both.get(1);
        return new ReceptiveField(Math.max(a.sizeHeight, b.sizeHeight), Math.max(a.sizeWidth, b.sizeWidth),
                Math.max(a.jumpHeight, b.jumpHeight), Math.max(a.jumpWidth, b.jumpWidth),
                a.stretchHeight.equals(b.stretchHeight) ? a.stretchHeight : Stretch.NONE,
                a.stretchWidth.equals(b.stretchWidth) ? a.stretchWidth : Stretch.NONE);
    }

    /**
     * The fields as a union compares them: unchanged when their stretches agree; otherwise each axis
     * whose cells are copied a whole number of times {@code f} (positions a multiple of the cells, one
     * position per value, the jump a multiple of {@code f}: a stride-s transposed convolution with
     * kernel s, a nearest upsampling by s) becomes a plain grid with jump {@code jump / f}. Without
     * this the union would keep the coarse jump of the copied cells and lose the copies, and every
     * later window would grow the field {@code f} times too fast (U-Net's output: 396, where PyTorch's
     * input gradients reach at most 204 pixels).
     */
    public static List<ReceptiveField> aligned(List<ReceptiveField> fields) {
        boolean same = fields.stream().map(f -> List.of(f.stretchHeight, f.stretchWidth)).distinct().count() <= 1;
        return same ? fields : fields.stream().map(ReceptiveField::spread).toList();
    }

    private ReceptiveField spread() {
        boolean height = wholeCopies(jumpHeight, stretchHeight);
        boolean width = wholeCopies(jumpWidth, stretchWidth);
        return new ReceptiveField(sizeHeight, sizeWidth,
                height ? jumpHeight / (stretchHeight.positions() / stretchHeight.cells()) : jumpHeight,
                width ? jumpWidth / (stretchWidth.positions() / stretchWidth.cells()) : jumpWidth,
                height ? Stretch.NONE : stretchHeight, width ? Stretch.NONE : stretchWidth);
    }

    private static boolean wholeCopies(int jump, Stretch stretch) {
        return !stretch.isNone() && stretch.span() == 1 && stretch.positions() % stretch.cells() == 0
                && jump % (stretch.positions() / stretch.cells()) == 0;
    }

    private static ReceptiveField of(Axis height, Axis width) {
        return new ReceptiveField(fit(height.size), fit(width.size), fit(height.jump), fit(width.jump),
                height.stretch, width.stretch);
    }

    private static int fit(long value) {
        if (value > Integer.MAX_VALUE) {
            throw new ShapeException("problem.field.tooLarge", Counts.grouped(value),
                    Counts.grouped(Integer.MAX_VALUE));
        }
        return (int) value;
    }

    /** One axis of the field, in longs so that every step below is exact before {@link #fit}. */
    private record Axis(long size, long jump, Stretch stretch) {

        Axis through(int kernel, int stride, int dilation) {
            long span = (long) (kernel - 1) * dilation + 1; // positions under the window
            long grown = grow(stretch.distinct(span));
            return step(stride, grown, span);
        }

        Axis transposed(int kernel, int stride, int dilation, int in, int out) {
            long virtual = (long) in * stride;
            if (dilation == 1 && kernel >= stride && stride > 1 && virtual <= Integer.MAX_VALUE) {
                return adaptive(in, (int) virtual).through(kernel - stride + 1, 1, 1);
            }
            long g = Stretch.gcd(dilation, stride);
            long cells = ((long) kernel * g + stride - 1) / stride;
            Axis seen = through((int) cells, 1, (int) (dilation / g));
            if (stride == 1) {
                return seen;
            }
            if (seen.stretch.isNone() && seen.jump % stride == 0) {
                return new Axis(seen.size, seen.jump / stride, Stretch.NONE);
            }
            return seen.adaptive(in, out);
        }

        /** Each output position sees its PyTorch window; enlarging stretches the distinct cells. */
        Axis adaptive(int in, int out) {
            long window = new Stretch(in, out).distinct(1);
            long grown = grow(stretch.distinct(window));
            long cells = stretch.isNone() ? in : stretch.cells();
            if (out > cells) {
                long base = stretch.isNone() ? size : stretch.base();
                return new Axis(grown, jump, new Stretch((int) cells, out, (int) base));
            }
            return new Axis(grown, Counts.multiply("core.count.jump", jump, cells / out), Stretch.NONE);
        }

        /** The field of {@code distinct} neighbouring cells: the first cell's field plus a jump per further cell. */
        private long grow(long distinct) {
            long first = stretch.isNone() ? size : stretch.base();
            return Counts.add("core.count.field", first, Counts.multiply("core.count.field", distinct - 1, jump));
        }

        /** Moving {@code stride} positions over a stretch moves {@code stride * a / b} cells. */
        private Axis step(int stride, long grown, long window) {
            if (stretch.isNone()) {
                return new Axis(grown, Counts.multiply("core.count.jump", jump, stride), Stretch.NONE);
            }
            long a = stretch.cells();
            long b = stretch.positions();
            long positions = (b + stride - 1) / stride;
            if ((stride * a) % b == 0 || positions <= a) {
                long cellsPerStep = Math.max(1, stride * a / b);
                return new Axis(grown, Counts.multiply("core.count.jump", jump, cellsPerStep), Stretch.NONE);
            }
            long covered = stretch.span() + window - 1; // old positions under one output, before the stride
            return new Axis(grown, jump, new Stretch((int) a, (int) positions, stretch.base(),
                    Counts.dimension("core.count.span", (covered + stride - 1) / stride)));
        }
    }

    /** The size text: {@code 35} when square, else {@code 35x19}. */
    public String sizeText() {
        return sizeHeight == sizeWidth ? Integer.toString(sizeHeight) : sizeHeight + "x" + sizeWidth;
    }

    /** The jump text: {@code 8} when square, else {@code 8x4}. */
    public String jumpText() {
        return jumpHeight == jumpWidth ? Integer.toString(jumpHeight) : jumpHeight + "x" + jumpWidth;
    }
}
