/** Running the portal: health of its parts and clear words when it cannot start. */
package org.chungtay.operations;
