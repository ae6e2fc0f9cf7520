/** Developer tools run from the test class path: the screenshot tour for docs/screenshots. */
package org.cnnexplorer.ui.tools;
