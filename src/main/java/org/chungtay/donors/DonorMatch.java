package org.chungtay.donors;

/**
 * The donor found under a natural key (tax code, email). Staff see a donor of their own subtree;
 * of any other they learn only which fund unit it is registered with.
 */
public sealed interface DonorMatch {

    record InScope(DonorRef donor) implements DonorMatch {
    }

    record Elsewhere(String fundUnitName) implements DonorMatch {
    }
}
