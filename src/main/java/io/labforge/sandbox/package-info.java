/** The simulated Proxmox VE: an HTTPS server faithful to the official API schema. */
package io.labforge.sandbox;
