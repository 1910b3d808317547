package io.labforge.deploy.power;

import java.util.List;

/**
 * Guests that go up (or down) together: none of them depends on another of the same tier.
 *
 * @param number 1 = started first, stopped last
 * @param guests the lab's guests in this tier, in lab order
 */
public record Tier(int number, List<PowerTarget> guests) {

    public Tier {
        guests = List.copyOf(guests);
    }

    public List<String> ids() {
        return guests.stream().map(PowerTarget::id).toList();
    }
}
