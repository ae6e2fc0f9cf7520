package org.cnnexplorer.inside;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.SpecException;
import org.cnnexplorer.data.BilinearResize;
import org.cnnexplorer.data.ImageSet;
import org.cnnexplorer.data.Normalization;
import org.cnnexplorer.i18n.Messages;

/**
 * One image made ready for a network: {@code pixels} are its C x H x W values in 0..1 at the network's
 * input (for display), {@code values} the same normalised as the network is trained
 * ({@code (pixel - mean) / std} per channel), and {@code description} says how it was made, e.g.
 * {@code resized 640x480 -> 32x32, RGB}. Sizes change by bilinear interpolation; colour becomes grey as
 * {@code 0.299 R + 0.587 G + 0.114 B}, grey becomes colour by repeating it.
 */
public record ImageInput(float[] pixels, float[] values, Shape shape, String description) {

    /**
     * Reads a PNG, JPEG, GIF or BMP file of any size; a missing or undecodable file is an
     * {@link IllegalArgumentException} naming it.
     */
    public static ImageInput read(Path file, Shape target, Normalization normalization) {
        BufferedImage image;
        try {
            image = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(Messages.text("calc.image.unreadable", file, e.getMessage()), e);
        }
        if (image == null) {
            throw new SpecException(Files.exists(file) ? "calc.image.notImage" : "calc.image.missing", file);
        }
        int height = image.getHeight();
        int width = image.getWidth();
        boolean colour = image.getColorModel().getNumColorComponents() >= 3;
        float[] source = new float[3 * height * width];
        int plane = height * width;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                source[y * width + x] = ((rgb >> 16) & 0xff) / 255f;
                source[plane + y * width + x] = ((rgb >> 8) & 0xff) / 255f;
                source[2 * plane + y * width + x] = (rgb & 0xff) / 255f;
            }
        }
        float[] pixels = fit(source, 3, height, width, target);
        return new ImageInput(pixels, normalise(pixels, target, normalization), target,
                conversion(height, width, colour, target));
    }

    /**
     * An image given as levels 0..1 ({@code channels x height x width}: 1 grey, 3 RGB), e.g. a drawn
     * digit, fitted to {@code target}; the description is {@code what}, then the conversion
     * ({@code , resized 28x28 -> 32x32, grey to RGB}).
     */
    public static ImageInput of(float[] levels, int channels, int height, int width, String what, Shape target,
                                Normalization normalization) {
        float[] pixels = fit(levels, channels, height, width, target);
        return new ImageInput(pixels, normalise(pixels, target, normalization), target,
                what + ", " + conversion(height, width, channels >= 3, target));
    }

    private static String conversion(int height, int width, boolean colour, Shape target) {
        String size = height == target.height() && width == target.width()
                ? Messages.text("calc.image.kept", width + "x" + height) : resized(height, width, target);
        return size + ", " + Messages.text(target.channels() == 1 ? colour ? "calc.image.toGrey" : "calc.image.grey"
                : colour ? "calc.image.rgb" : "calc.image.toRgb");
    }

    /** {@code resized 640x480 -> 32x32}: width before height, as image sizes are written. */
    private static String resized(int height, int width, Shape target) {
        return Messages.text("calc.image.resized", width + "x" + height, target.width() + "x" + target.height());
    }

    /** Image {@code index} of a data set, fitted to {@code target} the same way. */
    public static ImageInput of(ImageSet images, int index, Shape target, Normalization normalization) {
        float[] source = new float[images.imageSize()];
        images.copyScaled(index, source, 0);
        float[] pixels = fit(source, images.channels(), images.height(), images.width(), target);
        String split = images.split().toString().toLowerCase(java.util.Locale.ROOT);
        String text = Messages.text("calc.image.dataset", images.dataset().displayName(), split, index,
                images.label(index), images.dataset().classNames().get(images.label(index)));
        if (images.height() != target.height() || images.width() != target.width()) {
            text += ", " + resized(images.height(), images.width(), target);
        }
        return new ImageInput(pixels, normalise(pixels, target, normalization), target, text);
    }

    private static float[] fit(float[] source, int channels, int height, int width, Shape target) {
        float[] sized = height == target.height() && width == target.width() ? source
                : new BilinearResize(height, width, target.height(), target.width()).apply(source, channels);
        int plane = target.height() * target.width();
        float[] result = new float[target.channels() * plane];
        for (int i = 0; i < plane; i++) {
            if (target.channels() == channels) {
                for (int c = 0; c < channels; c++) {
                    result[c * plane + i] = sized[c * plane + i];
                }
            } else {
                float grey = channels >= 3
                        ? 0.299f * sized[i] + 0.587f * sized[plane + i] + 0.114f * sized[2 * plane + i] : sized[i];
                for (int c = 0; c < target.channels(); c++) {
                    result[c * plane + i] = grey;
                }
            }
        }
        return result;
    }

    private static float[] normalise(float[] pixels, Shape shape, Normalization normalization) {
        int plane = shape.height() * shape.width();
        float[] values = new float[pixels.length];
        for (int i = 0; i < values.length; i++) {
            int c = Math.min(i / plane, normalization.mean().length - 1);
            values[i] = (pixels[i] - normalization.mean()[c]) / normalization.std()[c];
        }
        return values;
    }
}
