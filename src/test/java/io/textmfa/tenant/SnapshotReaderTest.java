package io.textmfa.tenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotReaderTest {
    private static final String HEAD = "{\"format\":\"textmfa-snapshot\",\"version\":1,\"tenant\":{\"displayName\":\"T\"},";

    @TempDir
    Path folder;

    private final SnapshotReader reader = new SnapshotReader();

    private TenantSnapshot read(String json) throws IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json");
    }

    @Test
    void readsTheSmallExampleWithGraphPropertyNames() throws IOException {
        TenantSnapshot snapshot = reader.read(Path.of("src/test/resources/io/textmfa/tenant/small-snapshot.json"));

        assertThat(snapshot.tenant().displayName()).isEqualTo("Fabrikam");
        assertThat(snapshot.source()).isEqualTo(SnapshotSource.GRAPH);
        assertThat(snapshot.users()).extracting(User::userPrincipalName)
                .containsExactly("priya@fabrikam.com", "guest_live.com#EXT#@fabrikam.onmicrosoft.com");
        User priya = snapshot.users().get(0);
        assertThat(priya.assignedLicenses()).singleElement()
                .satisfies(l -> assertThat(l.disabledPlans()).containsExactly("41781fb2-bc02-4b7c-bd55-b576c07bb09d"));
        assertThat(snapshot.users().get(1).isGuest()).isTrue();
        assertThat(snapshot.subscribedSkus().get(0).prepaidUnits()).isEqualTo(new PrepaidUnits(25, 0, 5, 0));
        assertThat(snapshot.phoneMethodsOf(priya.id())).extracting(PhoneMethod::phoneType)
                .containsExactly(PhoneType.MOBILE, PhoneType.OFFICE);
        SmsMethodConfiguration sms = snapshot.authenticationMethodsPolicy().sms();
        assertThat(sms.isEnabled()).isTrue();
        assertThat(sms.includeTargets()).containsExactly(
                new IncludeTarget(TargetType.GROUP, "g-frontline", true),
                new IncludeTarget(TargetType.GROUP, "g-deleted", false));
        assertThat(sms.excludeTargets()).containsExactly(new ExcludeTarget(TargetType.GROUP, "g-breakglass"));
        assertThat(snapshot.authenticationMethodsPolicy().otherMethods()).extracting(MethodConfiguration::id)
                .containsExactly("MicrosoftAuthenticator");
        assertThat(snapshot.sourceState(TenantCollection.USER_REGISTRATION_DETAILS))
                .isEqualTo(new SourceState(SourceStatus.FORBIDDEN, "AuditLog.Read.All not granted"));
        assertThat(snapshot.sourceState(TenantCollection.GROUPS).state()).isEqualTo(SourceStatus.NOT_REQUESTED);
    }

    @Test
    void ignoresUnknownPropertiesAtEveryLevel() throws IOException {
        TenantSnapshot snapshot = read(HEAD + "\"extra\":{\"deep\":[1,2,{\"x\":null}]},"
                + "\"users\":[{\"id\":\"u1\",\"jobTitle\":\"Nurse\",\"assignedLicenses\":[{\"skuId\":\"s\",\"odd\":true}]}]}");

        assertThat(snapshot.users()).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo("u1");
            assertThat(u.assignedLicenses()).extracting(AssignedLicense::skuId).containsExactly("s");
        });
    }

    @Test
    void rejectsInvalidJsonNamingFileAndPath() {
        assertThatThrownBy(() -> read(HEAD + "\"users\":[{\"id\":\"u1\",}]}"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("bad.json: invalid JSON at $.users[0]")
                .hasMessageContaining("line 1");
    }

    @Test
    void rejectsATruncatedFile() {
        assertThatThrownBy(() -> read(HEAD + "\"users\":[{\"id\":\"u1\"},{\"id\":\"u2\""))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessage("bad.json: the file ends too early inside $.users[1].id (line 1); it is truncated or incomplete.");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> read(""))
                .hasMessage("bad.json: the file is empty; it is not a TextMFA snapshot.");
    }

    @Test
    void rejectsAnotherFormat() {
        assertThatThrownBy(() -> read("{\"format\":\"cipp-report\",\"version\":1}"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessage("bad.json: not a TextMFA snapshot: $.format is \"cipp-report\", expected \"textmfa-snapshot\".")
                .extracting(e -> ((SnapshotFormatException) e).jsonPath()).isEqualTo("$.format");
    }

    @Test
    void rejectsJsonWithoutFormat() {
        assertThatThrownBy(() -> read("{\"value\":[]}"))
                .hasMessage("bad.json: not a TextMFA snapshot: $.format is missing (expected \"textmfa-snapshot\").");
        assertThatThrownBy(() -> read("[1,2]"))
                .hasMessageStartingWith("bad.json: not a TextMFA snapshot: the top level is an array");
    }

    @Test
    void rejectsANewerVersion() {
        assertThatThrownBy(() -> read("{\"format\":\"textmfa-snapshot\",\"version\":2,\"tenant\":{\"displayName\":\"T\"}}"))
                .hasMessage("bad.json: snapshot format version 2 is newer than this TextMFA Console reads (up to 1);"
                        + " update TextMFA Console to open it.");
    }

    @Test
    void rejectsAMissingVersionOrTenant() {
        assertThatThrownBy(() -> read("{\"format\":\"textmfa-snapshot\",\"tenant\":{\"displayName\":\"T\"}}"))
                .hasMessage("bad.json: $.version is missing; a snapshot must say which format version it uses.");
        assertThatThrownBy(() -> read("{\"format\":\"textmfa-snapshot\",\"version\":1}"))
                .hasMessage("bad.json: $.tenant is missing; a snapshot must name its tenant.");
    }

    @Test
    void rejectsAUserWithoutId() {
        assertThatThrownBy(() -> read(HEAD + "\"users\":[{\"id\":\"u1\"},{\"displayName\":\"No Id\"}]}"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessage("bad.json: $.users[1].id is missing; every user needs an id.")
                .extracting(e -> ((SnapshotFormatException) e).jsonPath()).isEqualTo("$.users[1].id");
    }

    @Test
    void rejectsDuplicateUserIds() {
        assertThatThrownBy(() -> read(HEAD + "\"users\":[{\"id\":\"u1\"},{\"id\":\"u2\"},{\"id\":\"u1\"}]}"))
                .hasMessage("bad.json: $.users[2].id \"u1\" repeats the id of $.users[0]; user ids must be unique.");
    }

    @Test
    void rejectsCollectionsThatAreNotArrays() {
        assertThatThrownBy(() -> read(HEAD + "\"users\":{\"id\":\"u1\"}}"))
                .hasMessage("bad.json: $.users must be an array, found an object.");
        assertThatThrownBy(() -> read(HEAD + "\"subscribedSkus\":\"none\"}"))
                .hasMessage("bad.json: $.subscribedSkus must be an array, found a text value.");
        assertThatThrownBy(() -> read(HEAD + "\"groups\":[{\"id\":\"g\",\"members\":7}]}"))
                .hasMessage("bad.json: $.groups[0].members must be an array, found a number.");
    }

    @Test
    void rejectsWrongValueTypesAndUnknownStates() {
        assertThatThrownBy(() -> read(HEAD + "\"users\":[{\"id\":\"u1\",\"accountEnabled\":\"yes\"}]}"))
                .hasMessage("bad.json: $.users[0].accountEnabled must be true or false, found a text value.");
        assertThatThrownBy(() -> read(HEAD + "\"sources\":{\"users\":{\"state\":\"great\"}}}"))
                .hasMessage("bad.json: $.sources.users.state \"great\" is not one of complete, partial, forbidden,"
                        + " unlicensed or notRequested.");
        assertThatThrownBy(() -> read(HEAD + "\"capturedAt\":\"yesterday\"}"))
                .hasMessageContaining("$.capturedAt \"yesterday\" is not an ISO-8601 instant");
    }

    @Test
    void readsFieldsInAnyOrder() throws IOException {
        TenantSnapshot snapshot = read("{\"users\":[{\"id\":\"u1\"}],\"groups\":[{\"id\":\"g\",\"members\":[\"u1\"]}],"
                + "\"tenant\":{\"displayName\":\"T\"},\"version\":1,\"format\":\"textmfa-snapshot\"}");

        assertThat(snapshot.users()).hasSize(1);
        assertThat(snapshot.groups().get(0).members()).containsExactly("u1");
        assertThat(snapshot.source()).isEqualTo(SnapshotSource.FILE);
    }

    @Test
    void holdsEachUserIdOnceInMemory() throws IOException {
        TenantSnapshot snapshot = read(HEAD + "\"users\":[{\"id\":\"u1\"}],\"groups\":[{\"id\":\"g\",\"members\":[\"u1\"]}],"
                + "\"phoneMethods\":{\"u1\":[{\"phoneNumber\":\"+64 211234567\",\"phoneType\":\"mobile\"}]}}");

        String userId = snapshot.users().get(0).id();
        assertThat(snapshot.groups().get(0).members().get(0)).isSameAs(userId);
        assertThat(snapshot.phoneMethods().keySet()).singleElement().isSameAs(userId);
    }

    @Test
    void namesAMissingFileOrAFolder() throws IOException {
        assertThatThrownBy(() -> reader.read(folder.resolve("gone.json")))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("gone.json: the file does not exist");
        Path sub = Files.createDirectory(folder.resolve("snapshots"));
        assertThatThrownBy(() -> reader.read(sub)).hasMessage("snapshots: this is a folder, not a snapshot file.");
    }

    @Test
    void aFileCutBetweenEntriesIsTruncatedToo() {
        assertThatThrownBy(() -> read(HEAD + "\"users\":[{\"id\":\"u1\","))
                .hasMessageStartingWith("bad.json: the file ends too early inside $.users[0]");
    }

    @Test
    void aFileInAnotherEncodingIsNamedAsSuch() {
        byte[] latin1 = (HEAD + "\"users\":[{\"id\":\"u1\",\"displayName\":\"Jos\u00e9 M\u00fcller\"}]}")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(latin1), "latin1.json"))
                .hasMessageStartingWith("latin1.json: the file is not UTF-8 encoded JSON");
    }
}
