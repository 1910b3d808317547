/** File → Import from Proxmox…: an existing cluster's guests and bridges onto a new canvas. */
package io.labforge.ui.importer;
