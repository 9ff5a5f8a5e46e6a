package com.example.unionservice;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The host's controller: UnionKit bodies with and without {@code @Valid}, and a body of its own. */
@RestController
public class MemberController {

    /**
     * Echoes a valid member.
     *
     * @param member the member
     * @return the same member
     */
    @PostMapping("/members")
    public Member admit(@Valid @RequestBody Member member) {
        return member;
    }

    /**
     * Counts valid members.
     *
     * @param members the members
     * @return how many
     */
    @PostMapping("/members/batch")
    public int admitAll(@Validated @RequestBody List<Member> members) {
        return members.size();
    }

    /**
     * Echoes a member without validation.
     *
     * @param member the member
     * @return the same member
     */
    @PostMapping("/members/unchecked")
    public Member echo(@RequestBody Member member) {
        return member;
    }

    /**
     * Echoes a valid resolution.
     *
     * @param resolution the resolution
     * @return the same resolution
     */
    @PostMapping("/resolutions")
    public Resolution register(@Valid @RequestBody Resolution resolution) {
        return resolution;
    }

    /**
     * Echoes the host's own order, read by Boot's mapper.
     *
     * @param order the host's order
     * @return the same order
     */
    @PostMapping("/orders")
    public HostOrder order(@RequestBody HostOrder order) {
        return order;
    }

    /**
     * Returns an order of the host, written by Boot's mapper.
     *
     * @return an order
     */
    @GetMapping("/orders/sample")
    public HostOrder sampleOrder() {
        return new HostOrder("Об итогах", java.time.LocalDate.of(2020, 12, 29));
    }
}
