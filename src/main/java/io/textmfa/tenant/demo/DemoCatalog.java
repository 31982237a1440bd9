package io.textmfa.tenant.demo;

import io.textmfa.tenant.ServicePlan;

import java.util.List;

/**
 * The SKUs and service plans the demo tenant uses. Ids are Microsoft's (source: "Product names and
 * service plan identifiers for licensing", December 2025); the set is chosen to exercise the
 * licensing pitfalls: SPE_F1 is Microsoft 365 F3, Office 365 E3/E5 hold no Entra ID P1 plan,
 * Microsoft 365 Business Premium qualifies only through its bundled P1 plan.
 */
final class DemoCatalog {
    static final String PLAN_P1 = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    static final String PLAN_P2 = "eec0eb4f-6444-4f95-aba0-50c24d67f998";
    static final String PLAN_MFA = "8a256a2b-b617-496d-b51b-e76466e88db0";

    private static final ServicePlan P1 = plan(PLAN_P1, "AAD_PREMIUM");
    private static final ServicePlan P2 = plan(PLAN_P2, "AAD_PREMIUM_P2");
    private static final ServicePlan MFA = plan(PLAN_MFA, "MFA_PREMIUM");
    private static final ServicePlan EXCHANGE_E = plan("efb87545-963c-4e0d-99df-69c6916d9eb0", "EXCHANGE_S_ENTERPRISE");
    private static final ServicePlan EXCHANGE_K = plan("4a82b400-a79f-41a4-b4e2-e94f5787b113", "EXCHANGE_S_DESKLESS");
    private static final ServicePlan EXCHANGE_S = plan("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "EXCHANGE_S_STANDARD");
    private static final ServicePlan TEAMS = plan("57ff2da0-773e-42df-b2af-ffb7a2317929", "TEAMS1");
    private static final ServicePlan INTUNE = plan("c1ec4a95-1f05-45b3-a911-aa3fa01094f5", "INTUNE_A");
    private static final ServicePlan POWER_BI_PRO = plan("70d33638-9c74-4d01-bfd3-562de28bd4ba", "BI_AZURE_P2");
    private static final ServicePlan FLOW_VIRAL = plan("50e68c76-46c6-4674-81f9-75456511b170", "FLOW_P2_VIRAL");

    static final DemoSku M365_E3 = sku("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3", EXCHANGE_E, TEAMS, MFA, P1, INTUNE);
    static final DemoSku M365_E5 = sku("06ebc4ee-1bb5-47dd-8120-11324bc54e06", "SPE_E5", EXCHANGE_E, TEAMS, POWER_BI_PRO, MFA, P1, P2, INTUNE);
    static final DemoSku O365_E3 = sku("6fd2c87f-b296-42f0-b197-1e91e994b900", "ENTERPRISEPACK", EXCHANGE_E, TEAMS);
    static final DemoSku O365_E5 = sku("c7df2760-2c81-4ef7-b578-5b5392b571df", "ENTERPRISEPREMIUM", EXCHANGE_E, TEAMS, POWER_BI_PRO);
    /** Microsoft 365 F3, despite its part number. */
    static final DemoSku M365_F3 = sku("66b55226-6b4f-492c-910c-a3b7a3c9d993", "SPE_F1", EXCHANGE_K, TEAMS, MFA, P1);
    static final DemoSku M365_F1 = sku("50f60901-3181-4b75-8a2c-4c8e4c1d5a72", "M365_F1_COMM", P1, EXCHANGE_K, MFA, TEAMS);
    static final DemoSku O365_F3 = sku("4b585984-651b-448a-9e53-3b10f069cf7f", "DESKLESSPACK", EXCHANGE_K, TEAMS);
    static final DemoSku ENTRA_P1 = sku("078d2b04-f1bd-4111-bbd4-b4b1b354cef4", "AAD_PREMIUM", P1, MFA);
    static final DemoSku ENTRA_P2 = new DemoSku("84a661c4-e949-4bd2-a560-ed7766fcaf2b", "AAD_PREMIUM_P2", "Suspended",
            List.of(P1, P2, MFA));
    static final DemoSku EMS_E3 = new DemoSku("efccb6f7-5641-4e0e-bd10-b4976e1bf68e", "EMS", "Warning",
            List.of(P1, MFA, INTUNE));
    static final DemoSku BUSINESS_PREMIUM = sku("cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46", "SPB", EXCHANGE_S, TEAMS, P1, INTUNE);
    static final DemoSku FLOW_FREE = sku("f30db892-07e9-47e9-837c-80727f46fd3d", "FLOW_FREE", FLOW_VIRAL);

    static final List<DemoSku> ALL = List.of(M365_E3, M365_E5, O365_E3, O365_E5, M365_F3, M365_F1, O365_F3,
            ENTRA_P1, ENTRA_P2, EMS_E3, BUSINESS_PREMIUM, FLOW_FREE);

    private DemoCatalog() {
    }

    private static DemoSku sku(String id, String partNumber, ServicePlan... plans) {
        return new DemoSku(id, partNumber, "Enabled", List.of(plans));
    }

    private static ServicePlan plan(String id, String name) {
        return new ServicePlan(id, name, "Success", "User");
    }
}
