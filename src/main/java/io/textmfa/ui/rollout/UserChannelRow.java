package io.textmfa.ui.rollout;

import io.textmfa.rollout.PhoneMask;
import io.textmfa.rollout.UserChannel;

/** A user of the country drill-down, with the number masked unless the view reveals it. */
public record UserChannelRow(UserChannel channel, String displayName, String userPrincipalName, String maskedPhone,
                             String phone, String source, String channelText, String reason) {
    public static UserChannelRow of(UserChannel channel) {
        var user = channel.user();
        String e164 = channel.phone().e164();
        return new UserChannelRow(channel, user.displayName() == null ? "" : user.displayName(),
                user.userPrincipalName() == null ? "" : user.userPrincipalName(),
                e164 == null ? channel.phone().validity().jsonName() : PhoneMask.mask(e164),
                e164 == null ? channel.phone().validity().jsonName() : e164,
                channel.phone().source().label(), channel.channel().label(), channel.reason());
    }
}
