/**
 * The JavaFX desktop application: {@link org.cnnexplorer.ui.Launcher} (the main class, which
 * does not extend Application so it runs from a plain class path) and
 * {@link org.cnnexplorer.ui.CnnExplorerApp}. One package per screen below: {@code app},
 * {@code explorer}, {@code graph}, {@code compare}, {@code training}, {@code export}, and
 * {@code common} for shared pieces. ViewModels import no {@code javafx.scene} class and are
 * tested without the toolkit; nothing here loads DL4J until training starts.
 */
package org.cnnexplorer.ui;
