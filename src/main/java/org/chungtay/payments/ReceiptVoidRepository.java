package org.chungtay.payments;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptVoidRepository extends JpaRepository<ReceiptVoid, Long> {
}
