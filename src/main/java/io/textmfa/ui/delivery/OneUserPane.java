package io.textmfa.ui.delivery;

import atlantafx.base.theme.Styles;
import io.textmfa.delivery.DeliveryEvent;
import io.textmfa.rollout.PhoneMask;
import io.textmfa.rollout.UserChannel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

import java.util.function.Function;

/** The One user tab: pick a user, send a code, watch it travel, verify it. */
final class OneUserPane extends HBox {
    private final SearchableComboBox<UserChannel> user = new SearchableComboBox<>();

    OneUserPane(DeliveryViewModel viewModel) {
        setSpacing(16);
        setPadding(new Insets(10, 0, 0, 0));
        user.setId("delivery-user");
        user.setItems(viewModel.users());
        user.setPrefWidth(420);
        user.setConverter(new StringConverter<>() {
            @Override
            public String toString(UserChannel value) {
                return value == null ? "" : value.user().userPrincipalName() + "  ·  " + value.country() + "  ·  "
                        + PhoneMask.mask(value.phone().e164()) + "  ·  " + value.channel().label();
            }

            @Override
            public UserChannel fromString(String text) {
                return null;
            }
        });
        user.valueProperty().bindBidirectional(viewModel.selectedUserProperty());
        Button send = new Button("Send code");
        send.setId("send-code");
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(event -> viewModel.send());
        TableView<DeliveryEvent> events = new TableView<>(viewModel.events());
        events.setId("delivery-events");
        events.setPlaceholder(new Label("Send a code to watch it travel."));
        events.getColumns().add(column("At", e -> String.format("%.1f s", e.atMs() / 1000.0), 70));
        events.getColumns().add(column("Step", DeliveryEvent::title, 140));
        events.getColumns().add(column("What happens", DeliveryEvent::detail, 420));
        VBox.setVgrow(events, Priority.ALWAYS);
        TextField code = new TextField();
        code.setId("code-input");
        code.setPromptText("Code");
        code.setPrefColumnCount(8);
        Button verify = new Button("Verify");
        verify.setId("verify-code");
        verify.setOnAction(event -> viewModel.verify(code.getText()));
        Label result = new Label();
        result.setId("verify-result");
        result.setWrapText(true);
        result.textProperty().bind(viewModel.verifyTextProperty());
        HBox verifyRow = new HBox(8, code, verify, result);
        verifyRow.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, new HBox(8, user, send), events, verifyRow);
        HBox.setHgrow(left, Priority.ALWAYS);

        ToggleButton reveal = new ToggleButton("Reveal code and number");
        reveal.setId("reveal-code");
        reveal.selectedProperty().bindBidirectional(viewModel.revealProperty());
        TextArea payload = new TextArea();
        payload.setId("whatsapp-payload");
        payload.setEditable(false);
        payload.setPrefColumnCount(34);
        payload.textProperty().bind(viewModel.payloadProperty());
        VBox.setVgrow(payload, Priority.ALWAYS);
        Label payloadTitle = new Label("The message (not sent)");
        payloadTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox right = new VBox(8, payloadTitle, reveal, payload);
        right.setPrefWidth(360);
        getChildren().addAll(left, right);
    }

    void focusSearch() {
        user.requestFocus();
    }

    private static TableColumn<DeliveryEvent, String> column(String title, Function<DeliveryEvent, String> value, double width) {
        TableColumn<DeliveryEvent, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
