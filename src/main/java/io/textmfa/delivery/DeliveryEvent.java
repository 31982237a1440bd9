package io.textmfa.delivery;

/** One step of a simulated delivery, at a simulated time (ms after the send). Never carries the code. */
public record DeliveryEvent(long atMs, String title, String detail) {
}
