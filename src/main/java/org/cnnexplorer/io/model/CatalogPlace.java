package org.cnnexplorer.io.model;

import org.cnnexplorer.i18n.Messages;

/**
 * Where a network sits in the history the catalog tells: its {@code family} ("ResNet") and the
 * {@code year} its paper appeared, from a model file's optional {@code family} and {@code year}.
 * A file without them has {@link #NONE}: family "" and year 0, listed after the dated families.
 */
public record CatalogPlace(String family, int year) {

    /** The earliest year a model file may give (the perceptron; nothing convolutional is older). */
    public static final int FIRST_YEAR = 1958;
    /** The latest year a model file may give. */
    public static final int LAST_YEAR = 2999;

    public static final CatalogPlace NONE = new CatalogPlace("", 0);

    public CatalogPlace {
        family = family == null ? "" : family;
        if (year != 0 && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new IllegalArgumentException(Messages.text("io.model.year", FIRST_YEAR, LAST_YEAR, year));
        }
    }

    /** "ResNet, 2015", or what there is of it. */
    public String label() {
        String when = year == 0 ? "" : String.valueOf(year);
        return family.isEmpty() || when.isEmpty() ? family + when : family + ", " + when;
    }
}
