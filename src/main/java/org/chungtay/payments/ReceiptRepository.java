package org.chungtay.payments;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptRepository extends JpaRepository<Receipt, Long> {

    Optional<Receipt> findByNumber(String number);
}
