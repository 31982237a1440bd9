package io.textmfa.ui.delivery;

import io.textmfa.delivery.CountryResult;
import io.textmfa.delivery.DeliveryChannel;

/** A country of the Tenant tab's table: both scenarios side by side. */
public record CountryRow(String country, int attempts, double deliveredShare, double whatsappShare, double costWhatsappFirst,
                         double costSmsOnly) {
    static CountryRow of(CountryResult first, CountryResult smsOnly) {
        int whatsapp = first.channels().getOrDefault(DeliveryChannel.WHATSAPP, 0);
        return new CountryRow(first.country(), first.attempts(), first.deliveredShare(),
                first.attempts() == 0 ? 0 : (double) whatsapp / first.attempts(), first.costUsd(),
                smsOnly == null ? 0 : smsOnly.costUsd());
    }
}
