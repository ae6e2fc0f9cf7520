package org.cnnexplorer.inside;

/**
 * How a class-evidence heat map is made: Grad-CAM on the last feature map (networks with
 * convolutions), or gradient saliency on the input pixels (any network).
 */
public enum EvidenceMethod {

    /**
     * Grad-CAM (Selvaraju et al. 2017): with {@code A_k} the channels of the last feature map larger
     * than 1x1 and {@code y_c} the class score (pre-softmax logit), {@code w_k = mean_{i,j} dy_c/dA_k[i,j]}
     * and {@code cam = ReLU(sum_k w_k A_k)}, enlarged bilinearly to the input.
     */
    GRAD_CAM,

    /**
     * Gradient saliency (Simonyan et al. 2014): {@code s[i,j] = max_c |dy_c / dx[c,i,j]|} for the input
     * pixels {@code x}.
     */
    SALIENCY
}
