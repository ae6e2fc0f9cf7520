/**
 * The Lessons window: the study notes' classic lessons as editable side-by-side comparisons
 * ({@link org.cnnexplorer.lessons}) and the detection arithmetic drawn step by step.
 */
package org.cnnexplorer.ui.lessons;
