package io.textmfa.rollout;

import java.time.LocalDate;

/**
 * Who is left with nothing when Microsoft-provided SMS and voice end: users whose registered methods
 * are all phone methods (unknown unless {@code registrationKnown}), and the days left from today
 * (meaningless when {@code retirementDate} is null; negative once the date has passed).
 */
public record Readiness(int phoneOnly, LocalDate retirementDate, long daysToRetirement, boolean registrationKnown) {
    /** "Microsoft-provided SMS ends in 59 days: 412 users have only phone methods." */
    public String banner() {
        if (retirementDate == null) {
            return "The timeline names no end date for Microsoft-provided SMS and voice.";
        }
        String who = registrationKnown ? String.format("%,d users have only phone methods", phoneOnly)
                : "registration details were not read, so phone-only users are unknown";
        if (daysToRetirement > 0) {
            return "Microsoft-provided SMS ends in " + daysToRetirement + " days (" + retirementDate + "): " + who + ".";
        }
        if (daysToRetirement == 0) {
            return "Microsoft-provided SMS ends today: " + who + ".";
        }
        return "Microsoft-provided SMS ended on " + retirementDate + ": " + who + ".";
    }
}
