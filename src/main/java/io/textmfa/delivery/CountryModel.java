package io.textmfa.delivery;

/**
 * A country's delivery figures: the share of numbers on WhatsApp, WhatsApp and SMS success rates and
 * per-message prices (USD), with their source; {@code *} is the default for countries not listed.
 */
public record CountryModel(String country, double whatsappAdoption, double whatsappSuccess, double smsSuccess,
                           double whatsappPriceUsd, double smsPriceUsd, String source, String date, boolean assumption) {
    /** The first figure out of range, as one sentence, or {@code null} when all are usable. */
    public String problem() {
        String[] shares = {"WhatsApp adoption", "WhatsApp success", "SMS success"};
        double[] shareValues = {whatsappAdoption, whatsappSuccess, smsSuccess};
        for (int i = 0; i < shares.length; i++) {
            if (!(shareValues[i] >= 0 && shareValues[i] <= 1)) {
                return country + ": " + shares[i] + " must be a share from 0 to 1 (for example 0.95), not " + shareValues[i] + ".";
            }
        }
        if (!(whatsappPriceUsd >= 0) || !(smsPriceUsd >= 0) || Double.isInfinite(whatsappPriceUsd) || Double.isInfinite(smsPriceUsd)) {
            return country + ": prices must be amounts in USD of at least 0.";
        }
        return null;
    }

    public CountryModel withCountry(String code) {
        return new CountryModel(code, whatsappAdoption, whatsappSuccess, smsSuccess, whatsappPriceUsd, smsPriceUsd, source,
                date, assumption);
    }
}
