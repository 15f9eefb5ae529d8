/**
 * The customer's workflow, once for both front ends: make or restore a key together with its source, check the
 * split and folder rules, wrap for the import parameters, write the files and the custodians' shares. Uses
 * {@code core} and {@code paper} only; the wizard and the {@code wrap} command keep just their properties,
 * dialogs, options and printing.
 */
package com.netcore.byok.ceremony;
