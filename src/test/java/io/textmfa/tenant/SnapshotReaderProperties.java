package io.textmfa.tenant;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Properties of the snapshot reader: what the writer writes reads back; anything broken fails cleanly. */
class SnapshotReaderProperties {
    private final SnapshotReader reader = new SnapshotReader();

    @Property(tries = 200)
    void whatTheWriterWritesReadsBackEqual(@ForAll("snapshots") TenantSnapshot snapshot) throws IOException {
        assertThat(reader.read(new ByteArrayInputStream(bytes(snapshot)), "p.json")).isEqualTo(snapshot);
    }

    @Property(tries = 300)
    void everyTruncationFailsWithOneSentenceNamingTheFile(@ForAll("snapshots") TenantSnapshot snapshot,
                                                          @ForAll @IntRange(min = 0, max = 10_000) int cut) throws IOException {
        byte[] whole = bytes(snapshot);
        int lastBrace = new String(whole, StandardCharsets.UTF_8).lastIndexOf('}');
        int length = cut % lastBrace;
        byte[] part = java.util.Arrays.copyOf(whole, length);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(part), "cut.json"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("cut.json: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Property(tries = 500)
    void garbageNeverEscapesAsAnotherException(@ForAll @Size(max = 200) byte[] garbage) {
        try {
            reader.read(new ByteArrayInputStream(garbage), "garbage.json");
        } catch (SnapshotFormatException e) {
            assertThat(e.getMessage()).startsWith("garbage.json: ").doesNotContain("\n");
        } catch (IOException e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }

    @Property(tries = 300)
    void mangledSnapshotsFailCleanlyOrReadBack(@ForAll("snapshots") TenantSnapshot snapshot,
                                               @ForAll @IntRange(min = 0, max = 100_000) int position,
                                               @ForAll("jsonCharacters") char replacement) throws IOException {
        byte[] bytes = bytes(snapshot);
        bytes[position % bytes.length] = (byte) replacement;
        try {
            assertThat(reader.read(new ByteArrayInputStream(bytes), "m.json")).isNotNull();
        } catch (SnapshotFormatException e) {
            assertThat(e.getMessage()).startsWith("m.json: ").doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<Character> jsonCharacters() {
        return Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '1', 'x', ' ', 'n');
    }

    @Provide
    Arbitrary<TenantSnapshot> snapshots() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("éü€\"\\").ofMaxLength(12)
                .injectNull(0.2);
        Arbitrary<AssignedLicense> license = Combinators.combine(
                Arbitraries.of("sku-a", "sku-b", "05e9a617-0261-4cee-bb44-138d3ef5d965"),
                Arbitraries.of("p1", "p2").list().ofMaxSize(2)).as(AssignedLicense::new);
        Arbitrary<User> user = Combinators.combine(text, text, Arbitraries.of(true, false), Arbitraries.of("Member", "Guest"),
                Arbitraries.of("IN", "ID", "NZ", "US").injectNull(0.1), text, license.list().ofMaxSize(3))
                .as((name, upn, enabled, type, location, phone, licenses) ->
                        new User("placeholder-id", name, upn, enabled, type, location, null, phone, licenses));
        Arbitrary<List<User>> users = user.list().ofMaxSize(6).map(list -> {
            List<User> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                User u = list.get(i);
                unique.add(new User("u" + i, u.displayName(), u.userPrincipalName(), u.accountEnabled(), u.userType(),
                        u.usageLocation(), u.country(), u.mobilePhone(), u.assignedLicenses()));
            }
            return unique;
        });
        Arbitrary<SourceStatus> status = Arbitraries.of(SourceStatus.class);
        return Combinators.combine(users, text, status, Arbitraries.of(true, false)).as((list, detail, state, signIn) -> {
            Map<String, List<PhoneMethod>> phones = new LinkedHashMap<>();
            List<String> members = new ArrayList<>();
            for (User u : list) {
                members.add(u.id());
                phones.put(u.id(), List.of(new PhoneMethod("3179e48a-750b-4051-897c-87b9720928f7",
                        u.mobilePhone(), PhoneType.MOBILE, "ready")));
            }
            SmsMethodConfiguration sms = new SmsMethodConfiguration("Sms", signIn ? "enabled" : "disabled",
                    List.of(new IncludeTarget(TargetType.GROUP, "g1", signIn)),
                    List.of(new ExcludeTarget(TargetType.USER, "u0")));
            return new TenantSnapshot(Instant.parse("2026-12-01T09:00:00Z"), SnapshotSource.FILE,
                    new Tenant("tid", "Tenant " + list.size(), null),
                    List.of(new SubscribedSku("sku-a", "SPE_E3", "Enabled", list.size(), new PrepaidUnits(10, 0, 0, 0),
                            List.of(new ServicePlan("p1", "AAD_PREMIUM", "Success", "User")))),
                    list, List.of(new Group("g1", detail, members)), phones,
                    List.of(), new AuthenticationMethodsPolicy("migrationComplete", sms, List.of()),
                    Map.of(TenantCollection.USERS, new SourceState(state, detail)));
        });
    }

    private static byte[] bytes(TenantSnapshot snapshot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SnapshotWriter().write(snapshot, out);
        return out.toByteArray();
    }
}
