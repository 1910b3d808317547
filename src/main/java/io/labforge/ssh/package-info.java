/** SSH sessions, remote exec, upload and host-key checking. The only package that may import JSch. */
package io.labforge.ssh;
