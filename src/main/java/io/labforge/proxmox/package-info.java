/** Proxmox VE API client; sub-packages follow the API's URL tree. */
package io.labforge.proxmox;
