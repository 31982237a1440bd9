package io.textmfa.rollout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Microsoft's channel timeline: when WhatsApp delivery of text-message codes is active in which
 * country, when Microsoft-provided SMS and voice end, and which regions need an SMS/voice opt-in.
 * Events take effect on their date. Immutable; edited copies are made with {@link #withEvents}.
 */
public final class ChannelTimeline {
    private final List<TimelineEvent> events;
    private final Set<String> optInCountries;
    private final String optInSource;
    /** Per country, WhatsApp on/off from each date on, in date order. */
    private final Map<String, List<Switch>> whatsapp = new HashMap<>();

    private record Switch(LocalDate from, boolean active) {
    }

    public ChannelTimeline(List<TimelineEvent> events, Set<String> optInCountries, String optInSource) {
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(TimelineEvent::date));
        this.events = List.copyOf(sorted);
        this.optInCountries = Collections.unmodifiableSet(new TreeSet<>(optInCountries));
        this.optInSource = optInSource;
        for (TimelineEvent event : this.events) {
            Boolean active = switch (event.kind()) {
                case WHATSAPP_START, WHATSAPP_RESUME -> Boolean.TRUE;
                case WHATSAPP_PAUSE -> Boolean.FALSE;
                default -> null;
            };
            if (active != null) {
                for (String country : event.countries()) {
                    whatsapp.computeIfAbsent(country, c -> new ArrayList<>()).add(new Switch(event.date(), active));
                }
            }
        }
    }

    /** The timeline that ships with the app (resource channel-timeline.json). */
    public static ChannelTimeline builtIn() {
        return ChannelTimelineJson.builtIn();
    }

    /** Whether WhatsApp delivery is active for numbers of this country on this date. */
    public boolean whatsappActive(String country, LocalDate date) {
        List<Switch> switches = whatsapp.get(country);
        if (switches == null) {
            return false;
        }
        boolean active = false;
        for (Switch change : switches) {
            if (change.from().isAfter(date)) {
                break;
            }
            active = change.active();
        }
        return active;
    }

    /** The first date WhatsApp delivery starts for this country, if the timeline names it. */
    public Optional<LocalDate> whatsappStart(String country) {
        List<Switch> switches = whatsapp.get(country);
        return switches == null ? Optional.empty() : switches.stream().filter(Switch::active).map(Switch::from).findFirst();
    }

    /** When Microsoft-provided SMS and voice end. */
    public Optional<LocalDate> retirementDate() {
        return events.stream().filter(e -> e.kind() == EventKind.SMS_VOICE_RETIRED).map(TimelineEvent::date).findFirst();
    }

    public boolean requiresOptIn(String country) {
        return optInCountries.contains(country);
    }

    public List<TimelineEvent> events() {
        return events;
    }

    public Set<String> optInCountries() {
        return optInCountries;
    }

    public String optInSource() {
        return optInSource;
    }

    /** A copy with other events (the user's edits); the opt-in list stays. */
    public ChannelTimeline withEvents(List<TimelineEvent> edited) {
        return new ChannelTimeline(edited, optInCountries, optInSource);
    }

    /** A copy with another opt-in list. */
    public ChannelTimeline withOptInCountries(Set<String> countries) {
        return new ChannelTimeline(events, countries, optInSource);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelTimeline that && events.equals(that.events)
                && optInCountries.equals(that.optInCountries);
    }

    @Override
    public int hashCode() {
        return events.hashCode() * 31 + optInCountries.hashCode();
    }
}
