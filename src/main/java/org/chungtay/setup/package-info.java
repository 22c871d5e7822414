/**
 * Getting a new installation going: the first administrator and fund tree of a configured
 * installation, and the demo world of zero-setup mode (file database, captured mail, demo data).
 */
package org.chungtay.setup;
