package io.textmfa.licensing;

import java.util.Set;

/** The service plans that matter for text-message MFA licensing (ids from Microsoft's licensing CSV). */
public final class ServicePlans {
    public static final String ENTRA_ID_P1 = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    public static final String ENTRA_ID_P2 = "eec0eb4f-6444-4f95-aba0-50c24d67f998";
    public static final Set<String> ENTRA_ID = Set.of(ENTRA_ID_P1, ENTRA_ID_P2);

    private ServicePlans() {
    }
}
