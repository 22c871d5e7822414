/**
 * Children in special circumstances (DD026): the caseworkers' register, consent records, progress notes,
 * direct sponsorships and the deliveries that commune staff record for them. Full names and guardians are read
 * by caseworkers only; every other reader, and every other module, gets a child as a {@link
 * org.chungtay.children.Pseudonym}, with the given name, photos and notes only while consent allows, computed
 * when read. The module tells the ledger its targets through {@link org.chungtay.ledger.DisbursementTargets} and
 * the communications module of deliveries through {@link org.chungtay.children.DeliveryRecorded} and {@link
 * org.chungtay.children.DeliveryLate}.
 */
package org.chungtay.children;
