package io.textmfa.tenant.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.textmfa.tenant.PhoneMethod;
import io.textmfa.tenant.PhoneType;
import io.textmfa.tenant.UserRegistrationDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gives a demo user registered methods and the matching phone methods, so that the registration
 * report and the phone methods agree as they do in a real tenant: phone-only users, users with
 * Authenticator or passkeys beside a phone, users with nothing registered.
 */
final class DemoRegistration {
    private DemoRegistration() {
    }

    static void register(TenantGenerator.Build build, SplittableRandom random, String userId, String upn,
                         boolean guest, PhoneNumber mobile, DemoCountry country, DemoPhoneNumbers phones) {
        List<String> methods = guest ? guestMethods(random) : memberMethods(random);
        if (mobile == null) {
            methods.removeIf(UserRegistrationDetails.PHONE_METHODS::contains);
        }
        boolean admin = !guest && random.nextInt(1000) < 12;
        List<PhoneMethod> phoneMethods = new ArrayList<>(2);
        if (methods.contains("mobilePhone")) {
            phoneMethods.add(mobileMethod(build, random, mobile));
        }
        if (methods.contains("alternateMobilePhone")) {
            PhoneNumber alternate = phones.valid(country.iso(), PhoneNumberType.MOBILE, random);
            phoneMethods.add(TenantGenerator.phoneMethod(PhoneType.ALTERNATE_MOBILE,
                    DemoPhoneNumbers.entraFormat(alternate), "notSupported"));
        }
        if (methods.contains("officePhone")) {
            PhoneNumber office = phones.valid(country.iso(), PhoneNumberType.FIXED_LINE, random);
            String number = office == null ? DemoPhoneNumbers.entraFormat(mobile) : DemoPhoneNumbers.entraFormat(office);
            if (random.nextInt(3) == 0) {
                number += " x" + (100 + random.nextInt(900));
            }
            phoneMethods.add(TenantGenerator.phoneMethod(PhoneType.OFFICE, number, "notSupported"));
        }
        if (!phoneMethods.isEmpty()) {
            build.phoneMethods.put(userId, List.copyOf(phoneMethods));
        }
        if (guest && methods.isEmpty() && random.nextBoolean()) {
            return;
        }
        build.registrations.add(new UserRegistrationDetails(userId, upn, admin, !methods.isEmpty(), methods,
                preferred(methods, random)));
    }

    private static PhoneMethod mobileMethod(TenantGenerator.Build build, SplittableRandom random, PhoneNumber mobile) {
        String number = DemoPhoneNumbers.entraFormat(mobile);
        int roll = random.nextInt(100);
        if (roll < 3 && !build.registeredNumbers.isEmpty()) {
            number = build.registeredNumbers.iterator().next();
        } else if (roll < 6) {
            number = number.substring(1).replace(" ", "");
        }
        boolean unique = build.registeredNumbers.add(number);
        String signIn = unique ? (random.nextInt(10) < 8 ? "notAllowedByPolicy" : "notConfigured") : "phoneNumberNotUnique";
        return TenantGenerator.phoneMethod(PhoneType.MOBILE, number, signIn);
    }

    private static List<String> guestMethods(SplittableRandom random) {
        int roll = random.nextInt(100);
        List<String> methods = new ArrayList<>(2);
        if (roll < 40) {
            methods.add("mobilePhone");
        } else if (roll < 70) {
            methods.add("microsoftAuthenticatorPush");
        }
        return methods;
    }

    private static List<String> memberMethods(SplittableRandom random) {
        int roll = random.nextInt(100);
        List<String> methods = new ArrayList<>(4);
        if (roll < 15) {
            return methods;
        }
        if (roll < 37) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                methods.add("officePhone");
            } else {
                methods.add("mobilePhone");
                if (kind < 4) {
                    methods.add("alternateMobilePhone");
                } else if (kind < 6) {
                    methods.add("officePhone");
                }
            }
        } else if (roll < 72) {
            methods.add("microsoftAuthenticatorPush");
            methods.add("mobilePhone");
            if (random.nextInt(4) == 0) {
                methods.add("softwareOneTimePasscode");
            }
        } else if (roll < 87) {
            methods.add("microsoftAuthenticatorPush");
            if (random.nextInt(3) == 0) {
                methods.add("softwareOneTimePasscode");
            }
        } else if (roll < 95) {
            methods.add(random.nextBoolean() ? "passKeyDeviceBound" : "fido2");
            methods.add("mobilePhone");
            if (random.nextBoolean()) {
                methods.add("microsoftAuthenticatorPush");
            }
        } else {
            methods.add("windowsHelloForBusiness");
            methods.add("microsoftAuthenticatorPush");
        }
        return methods;
    }

    private static String preferred(List<String> methods, SplittableRandom random) {
        if (methods.contains("microsoftAuthenticatorPush")) {
            return "push";
        }
        if (methods.contains("mobilePhone")) {
            return random.nextInt(10) < 8 ? "sms" : "voiceMobile";
        }
        if (methods.contains("officePhone")) {
            return "voiceOffice";
        }
        return methods.isEmpty() ? "none" : "oath";
    }
}
