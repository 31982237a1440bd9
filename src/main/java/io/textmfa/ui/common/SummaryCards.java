package io.textmfa.ui.common;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** A row of summary cards that follows a ViewModel's list of {@link SummaryCard}s. */
public final class SummaryCards extends FlowPane {
    private final double cardWidth;

    public SummaryCards(ObservableList<SummaryCard> cards) {
        this(cards, 136);
    }

    public SummaryCards(ObservableList<SummaryCard> cards, double cardWidth) {
        super(12, 12);
        this.cardWidth = cardWidth;
        cards.addListener((ListChangeListener<SummaryCard>) change -> fill(cards));
        fill(cards);
    }

    private void fill(ObservableList<SummaryCard> cards) {
        getChildren().setAll(cards.stream().map(this::card).toList());
    }

    private Node card(SummaryCard card) {
        Label value = new Label(card.value());
        value.getStyleClass().addAll(Styles.TITLE_2, "card-value");
        Label label = new Label(card.label());
        label.getStyleClass().add("card-label");
        Label detail = new Label(card.detail() == null ? "" : card.detail());
        detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        detail.setWrapText(true);
        VBox box = new VBox(2, value, label, detail);
        box.getStyleClass().add("summary-card");
        box.setId("card-" + card.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        box.setPrefWidth(cardWidth);
        box.setMaxWidth(cardWidth);
        box.setMinHeight(96);
        return box;
    }
}
