/**
 * Small pieces the screens share: the preference store (java.util.prefs behind an interface so
 * tests keep to memory), error reporting to the user, log-scale helpers for charts, and running
 * work off the FX thread.
 */
package org.cnnexplorer.ui.common;
