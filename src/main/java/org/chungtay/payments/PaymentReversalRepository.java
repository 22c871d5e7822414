package org.chungtay.payments;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentReversalRepository extends JpaRepository<PaymentReversal, Long> {
}
