/**
 * The comparison of two or more networks (or one network in two configurations): their totals
 * side by side with ratios against the first column and the cheapest and dearest per row marked,
 * and a bar chart per metric that switches to a labelled log scale when values spread over two
 * orders of magnitude.
 */
package org.cnnexplorer.ui.compare;
