package io.textmfa.tenant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the large collections of a snapshot (users, groups, phone methods, registration details)
 * element by element. It remembers user ids to reject duplicates and to share one string per id
 * between users, group members and phone-method keys.
 */
final class SnapshotCollectionsReader {
    private final Map<String, Integer> userIndexById = new HashMap<>();
    private List<User> users = List.of();

    List<User> users(JsonCursor c) throws IOException {
        users = new ArrayList<>();
        if (!c.startArray()) {
            return users;
        }
        while (c.nextElement()) {
            int index = users.size();
            User user = user(c, index);
            Integer earlier = userIndexById.putIfAbsent(user.id(), index);
            if (earlier != null) {
                throw c.fail("$.users[" + index + "].id", "$.users[" + index + "].id \"" + user.id()
                        + "\" repeats the id of $.users[" + earlier + "]; user ids must be unique.");
            }
            users.add(user);
        }
        return users;
    }

    private User user(JsonCursor c, int index) throws IOException {
        if (!c.startObject()) {
            throw c.fail("$.users[" + index + "]", "$.users[" + index + "] must be a user object, found null.");
        }
        String id = null;
        String displayName = null;
        String upn = null;
        boolean enabled = true;
        String userType = null;
        String usageLocation = null;
        String country = null;
        String mobilePhone = null;
        List<AssignedLicense> licenses = List.of();
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            switch (field) {
                case "id" -> id = c.text();
                case "displayName" -> displayName = c.text();
                case "userPrincipalName" -> upn = c.text();
                case "accountEnabled" -> enabled = c.bool(true);
                case "userType" -> userType = c.internedText();
                case "usageLocation" -> usageLocation = c.internedText();
                case "country" -> country = c.internedText();
                case "mobilePhone" -> mobilePhone = c.text();
                case "assignedLicenses" -> licenses = assignedLicenses(c);
                default -> c.skip();
            }
        }
        if (id == null || id.isBlank()) {
            throw c.fail("$.users[" + index + "].id", "$.users[" + index + "].id is missing; every user needs an id.");
        }
        return new User(id, displayName, upn, enabled, userType, usageLocation, country, mobilePhone, licenses);
    }

    private static List<AssignedLicense> assignedLicenses(JsonCursor c) throws IOException {
        if (!c.startArray()) {
            return List.of();
        }
        List<AssignedLicense> licenses = new ArrayList<>(2);
        while (c.nextElement()) {
            if (!c.startObject()) {
                continue;
            }
            String skuId = null;
            List<String> disabled = List.of();
            for (String field = c.nextField(); field != null; field = c.nextField()) {
                switch (field) {
                    case "skuId" -> skuId = c.internedText();
                    case "disabledPlans" -> disabled = internedTexts(c);
                    default -> c.skip();
                }
            }
            if (skuId == null) {
                throw c.fail(c.path(), c.path() + ".skuId is missing; every assigned licence names its SKU.");
            }
            licenses.add(new AssignedLicense(skuId, disabled));
        }
        return licenses;
    }

    List<Group> groups(JsonCursor c) throws IOException {
        List<Group> groups = new ArrayList<>();
        if (!c.startArray()) {
            return groups;
        }
        while (c.nextElement()) {
            int index = groups.size();
            if (!c.startObject()) {
                throw c.fail("$.groups[" + index + "]", "$.groups[" + index + "] must be a group object, found null.");
            }
            String id = null;
            String displayName = null;
            List<String> members = List.of();
            for (String field = c.nextField(); field != null; field = c.nextField()) {
                switch (field) {
                    case "id" -> id = c.text();
                    case "displayName" -> displayName = c.text();
                    case "members" -> members = userIds(c);
                    default -> c.skip();
                }
            }
            if (id == null || id.isBlank()) {
                throw c.fail("$.groups[" + index + "].id", "$.groups[" + index + "].id is missing; every group needs an id.");
            }
            groups.add(new Group(id, displayName, members));
        }
        return groups;
    }

    Map<String, List<PhoneMethod>> phoneMethods(JsonCursor c) throws IOException {
        Map<String, List<PhoneMethod>> byUser = new HashMap<>();
        if (!c.startObject()) {
            return byUser;
        }
        for (String userId = c.nextField(); userId != null; userId = c.nextField()) {
            if (!c.startArray()) {
                continue;
            }
            List<PhoneMethod> methods = new ArrayList<>(1);
            while (c.nextElement()) {
                if (c.startObject()) {
                    methods.add(phoneMethod(c));
                }
            }
            byUser.put(canonicalUserId(userId), List.copyOf(methods));
        }
        return byUser;
    }

    static PhoneMethod phoneMethod(JsonCursor c) throws IOException {
        String id = null;
        String number = null;
        PhoneType type = null;
        String smsSignInState = null;
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            switch (field) {
                case "id" -> id = c.internedText();
                case "phoneNumber" -> number = c.text();
                case "phoneType" -> {
                    String text = c.text();
                    type = PhoneType.fromGraphName(text);
                    if (type == null && text != null) {
                        throw c.fail(c.path(), c.path() + " \"" + text
                                + "\" is not a phone type (mobile, alternateMobile or office).");
                    }
                }
                case "smsSignInState" -> smsSignInState = c.internedText();
                default -> c.skip();
            }
        }
        return new PhoneMethod(id, number, type == null ? PhoneType.MOBILE : type, smsSignInState);
    }

    List<UserRegistrationDetails> registrationDetails(JsonCursor c) throws IOException {
        List<UserRegistrationDetails> details = new ArrayList<>();
        if (!c.startArray()) {
            return details;
        }
        while (c.nextElement()) {
            int index = details.size();
            if (!c.startObject()) {
                throw c.fail("$.userRegistrationDetails[" + index + "]",
                        "$.userRegistrationDetails[" + index + "] must be an object, found null.");
            }
            String id = null;
            String upn = null;
            boolean admin = false;
            boolean mfaRegistered = false;
            List<String> methods = List.of();
            String preferred = null;
            for (String field = c.nextField(); field != null; field = c.nextField()) {
                switch (field) {
                    case "id" -> id = c.text();
                    case "userPrincipalName" -> upn = c.text();
                    case "isAdmin" -> admin = c.bool(false);
                    case "isMfaRegistered" -> mfaRegistered = c.bool(false);
                    case "methodsRegistered" -> methods = internedTexts(c);
                    case "userPreferredMethodForSecondaryAuthentication" -> preferred = c.internedText();
                    default -> c.skip();
                }
            }
            if (id == null || id.isBlank()) {
                throw c.fail("$.userRegistrationDetails[" + index + "].id",
                        "$.userRegistrationDetails[" + index + "].id is missing; every entry needs the user's id.");
            }
            details.add(new UserRegistrationDetails(canonicalUserId(id), upn, admin, mfaRegistered, methods, preferred));
        }
        return details;
    }

    static List<SubscribedSku> subscribedSkus(JsonCursor c) throws IOException {
        List<SubscribedSku> skus = new ArrayList<>();
        if (!c.startArray()) {
            return skus;
        }
        while (c.nextElement()) {
            int index = skus.size();
            if (!c.startObject()) {
                throw c.fail("$.subscribedSkus[" + index + "]", "$.subscribedSkus[" + index + "] must be an object, found null.");
            }
            String skuId = null;
            String partNumber = null;
            String status = null;
            int consumed = 0;
            PrepaidUnits prepaid = PrepaidUnits.NONE;
            List<ServicePlan> plans = List.of();
            for (String field = c.nextField(); field != null; field = c.nextField()) {
                switch (field) {
                    case "skuId" -> skuId = c.internedText();
                    case "skuPartNumber" -> partNumber = c.text();
                    case "capabilityStatus" -> status = c.text();
                    case "consumedUnits" -> consumed = c.integer();
                    case "prepaidUnits" -> prepaid = prepaidUnits(c);
                    case "servicePlans" -> plans = servicePlans(c);
                    default -> c.skip();
                }
            }
            if (skuId == null || skuId.isBlank()) {
                throw c.fail("$.subscribedSkus[" + index + "].skuId",
                        "$.subscribedSkus[" + index + "].skuId is missing; every subscribed SKU needs its skuId.");
            }
            skus.add(new SubscribedSku(skuId, partNumber, status, consumed, prepaid, plans));
        }
        return skus;
    }

    private static PrepaidUnits prepaidUnits(JsonCursor c) throws IOException {
        if (!c.startObject()) {
            return PrepaidUnits.NONE;
        }
        int enabled = 0;
        int suspended = 0;
        int warning = 0;
        int lockedOut = 0;
        for (String field = c.nextField(); field != null; field = c.nextField()) {
            switch (field) {
                case "enabled" -> enabled = c.integer();
                case "suspended" -> suspended = c.integer();
                case "warning" -> warning = c.integer();
                case "lockedOut" -> lockedOut = c.integer();
                default -> c.skip();
            }
        }
        return new PrepaidUnits(enabled, suspended, warning, lockedOut);
    }

    private static List<ServicePlan> servicePlans(JsonCursor c) throws IOException {
        List<ServicePlan> plans = new ArrayList<>();
        if (!c.startArray()) {
            return plans;
        }
        while (c.nextElement()) {
            if (!c.startObject()) {
                continue;
            }
            String id = null;
            String name = null;
            String provisioning = null;
            String appliesTo = null;
            for (String field = c.nextField(); field != null; field = c.nextField()) {
                switch (field) {
                    case "servicePlanId" -> id = c.internedText();
                    case "servicePlanName" -> name = c.internedText();
                    case "provisioningStatus" -> provisioning = c.internedText();
                    case "appliesTo" -> appliesTo = c.internedText();
                    default -> c.skip();
                }
            }
            if (id != null) {
                plans.add(new ServicePlan(id, name, provisioning, appliesTo));
            }
        }
        return plans;
    }

    private List<String> userIds(JsonCursor c) throws IOException {
        if (!c.startArray()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        while (c.nextElement()) {
            String id = c.text();
            if (id != null) {
                ids.add(canonicalUserId(id));
            }
        }
        return ids;
    }

    private static List<String> internedTexts(JsonCursor c) throws IOException {
        if (!c.startArray()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(4);
        while (c.nextElement()) {
            String value = c.internedText();
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** The string instance of the user with this id when the users were read first, so each id is held once. */
    private String canonicalUserId(String id) {
        Integer index = userIndexById.get(id);
        return index == null ? id : users.get(index).id();
    }
}
