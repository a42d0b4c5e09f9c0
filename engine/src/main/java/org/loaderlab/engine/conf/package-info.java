/**
 * Asterisk's configuration file syntax, shared by manifests, {@code modules.conf},
 * {@code extconfig.conf} and {@code extensions.conf}: sections, templates, {@code key=value}
 * and {@code key => value} entries, comments and {@code #include}, every entry with its file and
 * line. This package knows the syntax only; what keys mean is for its callers.
 */
package org.loaderlab.engine.conf;
