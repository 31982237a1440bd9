package io.textmfa.delivery;

import io.textmfa.rollout.Channel;
import io.textmfa.rollout.ChannelTimeline;
import io.textmfa.rollout.RolloutResult;
import io.textmfa.rollout.UserChannel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Simulates N sign-ins over the users in SMS scope on the projection's date (uniformly, or by weight):
 * each draws a user, then routes the code by the model. Deterministic for a seed. Users are drawn from
 * one random stream and routing from another (split from it), so both scenarios with the same seed
 * meet the same users in the same order and the difference is the channel alone.
 */
public final class BulkSimulation {
    public static final int BIN_MS = 100;
    static final int BINS = 1200;

    private BulkSimulation() {
    }

    /** The users an attempt can draw: those in SMS scope on the projection's date. */
    public static List<UserChannel> population(RolloutResult projection) {
        return projection.users().stream().filter(UserChannel::inScope).toList();
    }

    public static ScenarioResult run(List<UserChannel> users, double[] weights, DeliveryModel model, ChannelTimeline timeline,
                                     Scenario scenario, int attempts, long seed) {
        if (users.isEmpty() || attempts <= 0) {
            return new ScenarioResult(scenario, 0, 0, 0, 0, 0, 0, 0, List.of(), Map.of(), new int[BINS + 1]);
        }
        int n = users.size();
        Channel[] channels = new Channel[n];
        CountryModel[] countryModels = new CountryModel[n];
        boolean[] optIn = new boolean[n];
        int[] countryIndex = new int[n];
        Map<String, Integer> indexOf = new TreeMap<>();
        for (UserChannel user : users) {
            indexOf.putIfAbsent(user.country(), 0);
        }
        List<String> countryCodes = new ArrayList<>(indexOf.keySet());
        for (int i = 0; i < countryCodes.size(); i++) {
            indexOf.put(countryCodes.get(i), i);
        }
        Map<String, CountryModel> resolved = new HashMap<>();
        for (int i = 0; i < n; i++) {
            UserChannel user = users.get(i);
            channels[i] = user.channel();
            countryModels[i] = resolved.computeIfAbsent(user.country(), model::country);
            optIn[i] = timeline.requiresOptIn(user.country());
            countryIndex[i] = indexOf.get(user.country());
        }
        double[] cumulative = weights == null ? null : cumulative(weights, n);
        int countries = countryCodes.size();
        int[] cAttempts = new int[countries];
        int[] cDelivered = new int[countries];
        int[] cFellBack = new int[countries];
        double[] cCost = new double[countries];
        int[][] cChannels = new int[countries][DeliveryChannel.values().length];
        int[] histogram = new int[BINS + 1];
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom routing = random.split();
        Router router = new Router(model);
        Router.Result out = new Router.Result();
        for (int a = 0; a < attempts; a++) {
            int u = cumulative == null ? random.nextInt(n) : pick(cumulative, random.nextDouble() * cumulative[n - 1]);
            router.attempt(channels[u], countryModels[u], optIn[u], scenario, routing, out);
            int c = countryIndex[u];
            cAttempts[c]++;
            cCost[c] += out.costUsd;
            cChannels[c][out.channel.ordinal()]++;
            if (out.fellBack) {
                cFellBack[c]++;
            }
            if (out.delivered) {
                cDelivered[c]++;
                int bin = (int) (out.millis / BIN_MS);
                histogram[Math.min(bin, BINS)]++;
            }
        }
        return result(scenario, countryCodes, cAttempts, cDelivered, cFellBack, cCost, cChannels, histogram);
    }

    private static ScenarioResult result(Scenario scenario, List<String> codes, int[] attempts, int[] delivered, int[] fellBack,
                                         double[] cost, int[][] channels, int[] histogram) {
        List<CountryResult> byCountry = new ArrayList<>();
        int totalAttempts = 0;
        int totalDelivered = 0;
        int totalFellBack = 0;
        double totalCost = 0;
        int[] totalChannels = new int[DeliveryChannel.values().length];
        for (int c = 0; c < codes.size(); c++) {
            if (attempts[c] == 0) {
                continue;
            }
            Map<DeliveryChannel, Integer> perChannel = new EnumMap<>(DeliveryChannel.class);
            for (DeliveryChannel channel : DeliveryChannel.values()) {
                if (channels[c][channel.ordinal()] > 0) {
                    perChannel.put(channel, channels[c][channel.ordinal()]);
                }
                totalChannels[channel.ordinal()] += channels[c][channel.ordinal()];
            }
            byCountry.add(new CountryResult(codes.get(c), attempts[c], delivered[c], fellBack[c], cost[c], perChannel));
            totalAttempts += attempts[c];
            totalDelivered += delivered[c];
            totalFellBack += fellBack[c];
            totalCost += cost[c];
        }
        Map<DeliveryChannel, Integer> channelTotals = new EnumMap<>(DeliveryChannel.class);
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            if (totalChannels[channel.ordinal()] > 0) {
                channelTotals.put(channel, totalChannels[channel.ordinal()]);
            }
        }
        return new ScenarioResult(scenario, totalAttempts, totalDelivered, totalFellBack, percentile(histogram, 0.50),
                percentile(histogram, 0.95), percentile(histogram, 0.99), totalCost, byCountry, channelTotals, histogram);
    }

    /** The percentile from the histogram, at the middle of its bin. */
    static double percentile(int[] histogram, double share) {
        long total = 0;
        for (int count : histogram) {
            total += count;
        }
        if (total == 0) {
            return 0;
        }
        long target = (long) Math.ceil(share * total);
        long seen = 0;
        for (int bin = 0; bin < histogram.length; bin++) {
            seen += histogram[bin];
            if (seen >= target) {
                return bin * BIN_MS + BIN_MS / 2.0;
            }
        }
        return BINS * (double) BIN_MS;
    }

    private static double[] cumulative(double[] weights, int n) {
        if (weights.length != n) {
            throw new IllegalArgumentException("one weight per user is needed");
        }
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.max(0, weights[i]);
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("the weights add up to nothing");
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double value) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
