/**
 * Money out and where every gift went (DD025): pools of money by purpose, disbursements with their documents
 * and approval, the allocation of each payment to what it paid for, the public ledger and the annual
 * disclosure. The ledger depends on no module that owns what money is paid to: projects and children tell it
 * their targets through {@link org.chungtay.ledger.DisbursementTargets}, pledges what a gift is for through
 * {@link org.chungtay.ledger.GiftDesignations}.
 */
package org.chungtay.ledger;
