/**
 * Money in: payments recorded by accountants against a pledge or as gifts without one, and their
 * reversals. Other modules learn of money only through {@link org.chungtay.payments.PaymentRecorded} and
 * {@link org.chungtay.payments.PaymentReversed}, delivered after commit through the event publication
 * registry.
 */
package org.chungtay.payments;
