/**
 * The interface's texts in English and Korean: {@link org.cnnexplorer.i18n.Messages} reads them from
 * the message bundles by key. Pure Java; every package may use it.
 */
package org.cnnexplorer.i18n;
