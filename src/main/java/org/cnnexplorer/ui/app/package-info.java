/**
 * The main window: menu, toolbar, sidebar, tabs, side panels and status bar; the theme (light,
 * dark) and lecture mode (large fonts, high contrast), kept in the preferences; keyboard
 * shortcuts; error dialogs; and the services (preferences, training backend) the app runs with.
 */
package org.cnnexplorer.ui.app;
