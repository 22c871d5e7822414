package org.chungtay;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    /** Read once for both tests: reading the classes is most of what they cost. */
    private static final ApplicationModules MODULES = ApplicationModules.of(ChungTayApplication.class);

    @Test
    void modulesUseEachOtherOnlyThroughTheirPublicTypesAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
