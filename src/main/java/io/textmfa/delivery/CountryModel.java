package io.textmfa.delivery;

/**
 * A country's delivery figures: the share of numbers on WhatsApp, WhatsApp and SMS success rates and
 * per-message prices (USD), with their source; {@code *} is the default for countries not listed.
 */
public record CountryModel(String country, double whatsappAdoption, double whatsappSuccess, double smsSuccess,
                           double whatsappPriceUsd, double smsPriceUsd, String source, String date, boolean assumption) {
    public CountryModel withCountry(String code) {
        return new CountryModel(code, whatsappAdoption, whatsappSuccess, smsSuccess, whatsappPriceUsd, smsPriceUsd, source,
                date, assumption);
    }
}
